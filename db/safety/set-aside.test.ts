import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, pruneBackups } from '../backups/backups';
import { openStore, StoreOpenError } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

function addHome(file: string, name: string, backupsDir?: string) {
  const store = openStore({ file, appVersion: 't', backupsDir });
  store.handlers['homes.create']({ name, urn: null, registeredManager: null, places: 2 });
  return store;
}

function openError(open: () => unknown): StoreOpenError {
  try {
    open();
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('expected the store to refuse to open');
}

describe('after a damaged file is set aside (defect 1)', () => {
  it('never starts an empty database silently on the next start, and offers the restore again', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    const store = addHome(file, 'Good home');
    const backup = path.join(store.backupsDir, store.handlers['backups.create']({}).name);
    store.close();
    writeFileSync(file, Buffer.alloc(8192)); // zeroed: damaged
    const first = openError(() => openStore({ file, appVersion: 't' }));
    expect(first.newestBackup).toBe(backup);

    // The manager chose "Quit" (or browser mode printed its message); the app starts again.
    const second = openError(() => openStore({ file, appVersion: 't' }));
    expect(second.kind).toBe('set-aside');
    expect(second.message).toMatch(/moved it aside/);
    expect(second.newestBackup).toBe(backup);

    // Starting empty is the manager's explicit choice only.
    const empty = openStore({ file, appVersion: 't', startEmptyAfterSetAside: true });
    expect(empty.handlers['homes.list']({})).toEqual([]);
    empty.close();
  });

  it('keeps the newest backup taken before a set-aside, and backups of an empty database never push good ones out', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    const dir = path.join(folder, 'backups');
    const good = addHome(file, 'Good home', path.join(folder, 'unused'));
    for (let day = 1; day <= 5; day++)
      createBackup(good.db, dir, 'daily', new Date(Date.UTC(2026, 10, day, 9)));
    good.close();
    const setAsideAt = new Date(Date.UTC(2026, 10, 5, 12));
    const stamp = setAsideAt.toISOString().replace(/[:.]/g, '-');
    writeFileSync(`${file}.damaged-${stamp}`, 'kept aside');
    const emptyFile = path.join(folder, 'empty.sqlite');
    const empty = openStore({ file: emptyFile, appVersion: 't', backupsDir: path.join(folder, 'unused2') });
    for (let day = 6; day <= 25; day++) {
      createBackup(empty.db, dir, 'daily', new Date(Date.UTC(2026, 10, day, 9)));
      pruneBackups(dir, { dataFile: file });
    }
    empty.close();
    const kept = listBackups(dir).map((b) => b.takenAt.toISOString().slice(0, 10));
    for (let day = 1; day <= 5; day++) expect(kept).toContain(`2026-11-0${day}`);
  });
});
