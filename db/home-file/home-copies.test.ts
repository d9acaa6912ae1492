import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../connection';
import { keyOfExistingFile } from '../encryption/unlock';
import { openStore, type StoreOptions } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** Whether a file holds `text` as UTF-8 or UTF-16 (the copies here are plain, so a leftover shows). */
function holds(file: string, text: string): boolean {
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}

/**
 * A home called Willow House, backed up, then the backup folder changed, then renamed Birch House and
 * backed up again, restored (the restore keeps a copy beside the data), and a damaged copy set aside;
 * plus a backup from before files had ids that knows it only by its first name.
 */
function homeWithCopiesEverywhere(encryption?: StoreOptions['encryption']) {
  const folder = tempFolder();
  const file = path.join(folder, 'h.sqlite');
  let time = Date.UTC(2026, 11, 7, 9);
  const store = openStore({ file, appVersion: 't', now: () => new Date((time += 60_000)), encryption });
  const key = encryption ? keyOfExistingFile(file, store.backupsDir, encryption)! : undefined;
  const h = store.handlers;
  const fields = { urn: null, registeredManager: null, places: 2 };
  h['homes.create']({ name: 'Elm House', ...fields });
  const willow = h['homes.create']({ name: 'Willow House', ...fields });
  h['backups.create']({});
  const first = h['backups.list']({}).backups[0]!.name;
  const oldFolder = store.backupsDir;
  // A backup from before files had ids, in the old folder: the home is found there by its first name.
  const noId = path.join(oldFolder, first.replace('-manual', '-daily').replace(/\d{3}-daily/, '999-daily'));
  copyFileSync(path.join(oldFolder, first), noId);
  const { db } = openConnection(noId, { key });
  db.prepare("DELETE FROM preferences WHERE key = 'file_id'").run();
  db.close();

  h['backups.setFolder']({ folder: path.join(folder, 'usb') });
  h['homes.update']({ id: willow.id, name: 'Birch House', ...fields });
  const renamed = h['backups.create']({});
  h['backups.restore']({ name: renamed.name });
  // A damaged data file set aside at some start (readable here: it still holds the home).
  copyFileSync(path.join(folder, 'usb', renamed.name), `${file}.damaged-2026-12-01T08-00-00-000Z`);
  return { store, folder, file, key, willowId: willow.id };
}

describe('deleting a home finds it in every copy', { timeout: 60_000 }, () => {
  it('counts backups by id and every name it had, earlier folders, restore copies and set-asides', () => {
    const { store, willowId } = homeWithCopiesEverywhere();
    expect(store.handlers['homes.copies']({ id: willowId })).toMatchObject({
      backups: 2, // the new folder's first backup, and the one after the rename
      earlierFolders: 2, // the old folder's backup, and the one from before files had ids
      restoreCopies: 1,
      setAsides: 1,
      unreadable: [],
      lastAgesOutOn: '2027-11-30',
      daysLeft: 358,
    });
    const outcome = store.handlers['homes.delete']({ id: willowId, confirmName: 'Birch House' });
    expect(outcome.backupsHoldingIt).toBe(6);
    expect(outcome.removedFrom).toBe(0);
    store.close();
  });

  it('removes it from every copy when asked, leaving the other homes whole', () => {
    const { store, folder, file, willowId } = homeWithCopiesEverywhere();
    const outcome = store.handlers['homes.delete']({
      id: willowId,
      confirmName: 'Birch House',
      removeFromCopies: true,
    });
    expect(outcome).toMatchObject({ removedFrom: 6, backupsHoldingIt: 0 });
    expect(store.handlers['homes.list']({}).map((x) => x.name)).toEqual(['Elm House']);
    store.close();
    const written = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(written.filter((f) => holds(f, 'Willow House') || holds(f, 'Birch House'))).toEqual([]);
    // The other home is still in the data file, the six copies, and the backup taken on closing.
    expect(written.filter((f) => holds(f, 'Elm House'))).toHaveLength(8);
    expect(holds(file, 'Elm House')).toBe(true);
  });

  it('removes it from encrypted copies too, with the data key', () => {
    const encryption = { passphrase: 'correct horse battery', scrypt: { N: 1024, r: 8, p: 1 } };
    const { store, folder, key, willowId } = homeWithCopiesEverywhere(encryption);
    expect(store.handlers['homes.copies']({ id: willowId })).toMatchObject({
      backups: 2,
      earlierFolders: 2,
      restoreCopies: 1,
      setAsides: 1,
    });
    const outcome = store.handlers['homes.delete']({
      id: willowId,
      confirmName: 'Birch House',
      removeFromCopies: true,
    });
    expect(outcome).toMatchObject({ removedFrom: 6, backupsHoldingIt: 0 });
    store.close();
    const copies = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.sqlite($|\.before-restore-|\.damaged-)/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
    const homesIn = (copy: string) => {
      const { db } = openConnection(copy, { readonly: true, key });
      try {
        return db.prepare('SELECT name FROM homes').pluck().all();
      } finally {
        db.close();
      }
    };
    const names = copies.map(homesIn);
    expect(new Set(names.flat())).toEqual(new Set(['Elm House']));
    expect(names.filter((n) => n.length > 0)).toHaveLength(8); // as in the plain files above
  });
});
