import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useSmallDisk } from '../test-support/small-disk';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const smallDisk = useSmallDisk();
const DAY = 86_400_000;

/** Random text does not shrink, so the data file really takes this much room. */
function fill(file: string, kilobytes: number, now: Date) {
  const store = openStore({ file, appVersion: 't', now: () => now });
  const text = (n: number) => Array.from({ length: n }, () => Math.random().toString(36).slice(2)).join('');
  // In slices, emptying the journal after each, so filling never needs twice the room.
  for (let slice = 0; slice < kilobytes / 50; slice++) {
    store.db.prepare('INSERT INTO preferences (key, value) VALUES (?, ?)').run(`filler ${slice}`, text(4600));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  store.close();
}

function partials(dir: string) {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.partial'));
}

describe('a failed start-up backup (defect 2)', () => {
  it('warns but opens when the backup folder cannot be written', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    writeFileSync(path.join(folder, 'not-a-folder'), '');
    const store = openStore({ file, appVersion: 't', backupsDir: path.join(folder, 'not-a-folder', 'b') });
    expect(store.warnings.join(' ')).toMatch(/could not take its daily backup/);
    expect(store.handlers['homes.list']({})).toEqual([]);
    store.close();
  });

  it.skipIf(!smallDisk.available)(
    'opens with a nearly full disk, warns, and leaves no .partial file (needs root to mount a small disk)',
    () => {
      // Room for the data file (and the journal its first migrations write) but not for a backup of it.
      const disk = smallDisk.make(tempFolder(), 2048);
      const file = path.join(disk, 'hallmarks.sqlite');
      const today = new Date('2026-11-20T09:00:00Z');
      fill(file, 1100, today);
      for (let day = 1; day <= 3; day++) {
        const store = openStore({ file, appVersion: 't', now: () => new Date(today.getTime() + day * DAY) });
        expect(store.warnings.join(' ')).toMatch(/disk is full/);
        store.handlers['homes.create']({
          name: `Home ${day}`,
          urn: null,
          registeredManager: null,
          places: 2,
        });
        store.close();
        expect(partials(disk)).toEqual([]);
      }
    },
  );

  it('removes .partial files left by an earlier failed backup', () => {
    const folder = tempFolder();
    const backups = path.join(folder, 'backups');
    mkdirSync(backups);
    writeFileSync(path.join(backups, 'hallmarks-20261101-090000-000-daily.sqlite.partial'), 'half');
    openStore({ file: path.join(folder, 'h.sqlite'), appVersion: 't' }).close();
    expect(partials(backups)).toEqual([]);
  });
});
