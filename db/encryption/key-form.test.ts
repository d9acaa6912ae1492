import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, openKeyed, type KeyForm } from '../connection';
import { listBackups } from '../backups/backups';
import { openStore, type Store } from '../store';
import { toStretchedForm } from '../test-support/stretched-key';
import { useTempFolder } from '../test-support/temp-folder';
import { keyOfExistingFile } from './unlock';

const tempFolder = useTempFolder();
const encryption = { passphrase: 'correct horse battery', scrypt: { N: 1024, r: 8, p: 1 } };

function formOf(file: string, key: Buffer): KeyForm {
  const { db, form } = openKeyed(file, { readonly: true, fileMustExist: true }, key);
  db.close();
  return form;
}

const keyOf = (file: string) =>
  keyOfExistingFile(file, path.join(path.dirname(file), 'backups'), encryption)!;

const homeNames = (store: Store) => store.handlers['homes.list']({}).map((h) => h.name);

describe('the data key is given to the cipher raw', { timeout: 60_000 }, () => {
  it('encrypts a new data file and its backups with the raw key (no stretching on each open)', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const store = openStore({ file, appVersion: 't', encryption });
    store.handlers['backups.create']({});
    store.close();
    const key = keyOf(file);
    expect(formOf(file, key)).toBe('raw');
    const backups = listBackups(path.join(path.dirname(file), 'backups'));
    expect(backups.length).toBeGreaterThan(0);
    for (const backup of backups) expect(formOf(backup.file, key)).toBe('raw');
  });

  it('opens a file and backups encrypted the older, stretched way, and re-encrypts them raw', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'h.sqlite');
    const store = openStore({ file, appVersion: 't', encryption });
    store.handlers['homes.create']({ name: 'Oak House', urn: null, registeredManager: null, places: 3 });
    store.handlers['backups.create']({});
    store.close();
    const key = keyOf(file);
    const backups = listBackups(path.join(folder, 'backups')).map((b) => b.file);
    for (const old of [file, ...backups]) {
      toStretchedForm(old, key);
      expect(formOf(old, key)).toBe('stretched');
    }

    const reopened = openStore({ file, appVersion: 't', encryption });
    expect(homeNames(reopened)).toEqual(['Oak House']);
    expect(reopened.handlers['backups.list']({}).backups.map((b) => b.homes)).toEqual([1, 0]);
    reopened.close();
    for (const now of [file, ...backups]) expect(formOf(now, key)).toBe('raw');
    // The verified copies were renamed into place: none is left beside them.
    expect(readdirSync(folder).filter((n) => n.includes('encrypting'))).toEqual([]);
  });

  it('opens a file cheaply: well under the 25 ms the stretched key took', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const store = openStore({ file, appVersion: 't', encryption });
    store.close();
    const key = keyOf(file);
    const started = performance.now();
    for (let n = 0; n < 20; n++) openConnection(file, { readonly: true, key }).db.close();
    // 20 opens in the stretched form take about 500 ms; raw, a few ms. 200 leaves room for a busy machine.
    expect(performance.now() - started).toBeLessThan(200);
  });
});
