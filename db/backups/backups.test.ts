import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, pruneBackups, restoreBackup } from './backups';
import { openStore, StoreOpenError } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('backups', () => {
  it('keeps the ten newest and the newest of each of the last twelve months', () => {
    const folder = tempFolder();
    const store = openStore({
      file: path.join(folder, 'h.sqlite'),
      appVersion: 't',
      backupsDir: path.join(folder, 'none'),
    });
    // Backups of a database with no homes are kept apart, so this one holds a home.
    store.handlers['homes.create']({ name: 'A home', urn: null, registeredManager: null, places: 2 });
    const dir = path.join(folder, 'b');
    for (let month = 0; month < 15; month++) {
      for (let day = 1; day <= 3; day++)
        createBackup(store.db, dir, 'daily', new Date(Date.UTC(2025, month, day, 9)));
    }
    pruneBackups(dir);
    const kept = listBackups(dir).map((b) => b.takenAt.toISOString().slice(0, 10));
    expect(kept.slice(0, 10)).toEqual([
      '2026-03-03',
      '2026-03-02',
      '2026-03-01',
      '2026-02-03',
      '2026-02-02',
      '2026-02-01',
      '2026-01-03',
      '2026-01-02',
      '2026-01-01',
      '2025-12-03',
    ]);
    expect(kept).toContain('2025-04-03');
    expect(kept).not.toContain('2025-03-03');
    // 10 newest (reaching into 2025-12) plus the newest of 2025-04 to 2025-11.
    expect(kept).toHaveLength(10 + 8);
    store.close();
  });

  it('offers the newest backup for a damaged file, restores it, and keeps the damaged one for undo', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    const store = openStore({ file, appVersion: 't' });
    store.handlers['homes.create']({
      name: 'Kept in the backup',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const backup = path.join(store.backupsDir, store.handlers['backups.create']({}).name);
    store.close();
    writeFileSync(file, randomBytes(8192));
    writeFileSync(`${file}-wal`, 'stale wal');

    let offered: string | null = null;
    try {
      openStore({ file, appVersion: 't' });
    } catch (error) {
      offered = (error as StoreOpenError).newestBackup;
    }
    expect(offered).toBe(backup);
    const { setAside } = restoreBackup(file, offered!);
    expect(setAside).toBeNull(); // the damaged file was already moved aside when it was found
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = openStore({ file, appVersion: 't' });
    expect(reopened.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Kept in the backup']);
    reopened.close();
    expect(readdirSync(folder).some((n) => n.includes('.damaged-'))).toBe(true);
  });

  it('keeps the current file beside the restored one, so a restore can be undone', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    const store = openStore({ file, appVersion: 't' });
    const backup = createBackup(store.db, store.backupsDir, 'manual');
    store.handlers['homes.create']({
      name: 'Added after the backup',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    store.close();
    const { setAside } = restoreBackup(file, backup);
    expect(setAside).toMatch(/before-restore-/);
    const undo = openStore({ file: setAside!, appVersion: 't', backupsDir: path.join(folder, 'x') });
    expect(undo.handlers['homes.list']({})).toHaveLength(1);
    undo.close();
  });

  it('refuses to restore a damaged backup', () => {
    const folder = tempFolder();
    const bad = path.join(folder, 'bad.sqlite');
    writeFileSync(bad, 'not a database'.repeat(100));
    expect(() => restoreBackup(path.join(folder, 'h.sqlite'), bad)).toThrow();
  });
});
