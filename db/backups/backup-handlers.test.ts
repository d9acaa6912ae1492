import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_BACKUP_GAP_MS } from './backup-handlers';
import { listBackups } from './backups';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

function clock(start = Date.UTC(2026, 10, 20, 9)) {
  let time = start;
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

const home = (name: string) => ({ name, urn: null, registeredManager: null, places: 2 });

describe('Settings → Backups operations', () => {
  it('lists each backup with its date, size, and the homes and reviews it holds', () => {
    const time = clock();
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't', now: time.now });
    const oak = store.handlers['homes.create'](home('Oak'));
    store.handlers['reviews.start']({ homeId: oak.id, quarter: '2026-Q3' });
    time.advance(1000);
    const made = store.handlers['backups.create']({});
    expect(made).toMatchObject({
      reason: 'manual',
      homes: 1,
      reviews: 1,
      takenAt: '2026-11-20T09:00:01.000Z',
    });
    expect(made.sizeBytes).toBeGreaterThan(4096);
    const { backups, folder } = store.handlers['backups.list']({});
    expect(folder).toBe(store.backupsDir);
    expect(backups[0]).toEqual(made);
    expect(backups.at(-1)).toMatchObject({ reason: 'daily', homes: 0 }); // taken when the empty file opened
    store.close();
  });

  it('restores a backup, keeping the current data so the restore can be undone', () => {
    const time = clock();
    const file = path.join(tempFolder(), 'h.sqlite');
    const store = openStore({ file, appVersion: 't', now: time.now });
    store.handlers['homes.create'](home('Before the backup'));
    time.advance(1000);
    const backup = store.handlers['backups.create']({});
    store.handlers['homes.create'](home('Added later'));
    time.advance(1000);
    expect(store.handlers['backups.restore']({ name: backup.name })).toEqual({ homes: 1, reviews: 0 });
    expect(store.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Before the backup']);
    expect(existsSync(`${file}-wal`) && store.db.pragma('wal_checkpoint', { simple: true }) !== 0).toBe(
      false,
    );
    expect(store.handlers['backups.list']({}).undoAvailable).toBe(true);
    time.advance(1000);
    expect(store.handlers['backups.undoRestore']({})).toEqual({ homes: 2, reviews: 0 });
    expect(store.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Added later', 'Before the backup']);
    expect(store.handlers['backups.list']({}).undoAvailable).toBe(false);
    store.close();
  });

  it('backs up at most every 30 minutes of activity, besides the daily one', () => {
    const time = clock();
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't', now: time.now });
    const reasons = () => listBackups(store.backupsDir).map((b) => b.reason);
    store.handlers['homes.create'](home('Oak'));
    expect(reasons()).toEqual(['daily']);
    time.advance(ACTIVITY_BACKUP_GAP_MS - 1);
    store.handlers['homes.list']({});
    store.handlers['homes.create'](home('Ash'));
    expect(reasons()).toEqual(['daily']);
    time.advance(2);
    store.handlers['homes.create'](home('Elm'));
    expect(reasons()).toEqual(['activity', 'daily']);
    time.advance(1000);
    store.close(); // nothing changed since that backup: none on closing
    expect(reasons()).toEqual(['activity', 'daily']);
  });

  it('backs up after a review is signed off, and on closing after a change', () => {
    const time = clock();
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't', now: time.now });
    const reasons = () => listBackups(store.backupsDir).map((b) => b.reason);
    const { handlers } = store;
    const oak = handlers['homes.create'](home('Oak'));
    const review = handlers['reviews.start']({ homeId: oak.id, quarter: '2026-Q3' });
    for (const i of review.indicators) {
      handlers['reviews.saveIndicator']({
        reviewId: review.id,
        indicatorKey: i.key,
        rating: 3,
        note: 'n',
        sources: [],
        otherSource: '',
        discuss: false,
      });
    }
    for (const d of review.domains)
      handlers['reviews.saveDomain']({ reviewId: review.id, domainKey: d.key, judgement: 3, rationale: '' });
    handlers['reviews.saveSummary']({
      reviewId: review.id,
      strengths: 'Team.',
      improvements: 'Records.',
      overall: 3,
    });
    for (const area of ['protection', 'leadership', 'experiences'] as const)
      handlers['reviews.saveJudgement']({ reviewId: review.id, area, judgement: 3, reason: '' });
    time.advance(1000);
    handlers['reviews.complete']({
      reviewId: review.id,
      signedByName: 'Sam Patel',
      signedByRole: 'Registered manager',
      signedOn: '2026-10-05',
    });
    expect(reasons()).toEqual(['after-sign-off', 'daily']);
    time.advance(1000);
    handlers['homes.create'](home('Ash'));
    time.advance(1000);
    store.close();
    expect(reasons()).toEqual(['on-quit', 'after-sign-off', 'daily']);
  });

  it('keeps backups in a folder the manager chooses, and refuses one it cannot write to', () => {
    const folder = tempFolder();
    const store = openStore({ file: path.join(folder, 'h.sqlite'), appVersion: 't' });
    const usb = path.join(folder, 'usb stick', 'Hallmarks backups');
    expect(store.handlers['backups.setFolder']({ folder: usb }).folder).toBe(usb);
    expect(store.handlers['backups.create']({}).name).toMatch(/manual/);
    expect(listBackups(usb)).toHaveLength(2);
    writeFileSync(path.join(folder, 'a file'), '');
    expect(() => store.handlers['backups.setFolder']({ folder: path.join(folder, 'a file') })).toThrow(
      /cannot keep backups in that folder/,
    );
    store.close();
    const reopened = openStore({ file: path.join(folder, 'h.sqlite'), appVersion: 't' });
    expect(reopened.backupsDir).toBe(usb);
    reopened.close();
  });
});
