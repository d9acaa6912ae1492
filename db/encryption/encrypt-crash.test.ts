import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityCheck, openConnection } from '../connection';
import { openStore } from '../store';
import { crashRounds, runUntilKilled, useCrashWriter } from '../test-support/crash-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { keyFilePath } from './key-file';
import { dataFileState } from './unlock';

const tempFolder = useTempFolder();
const rounds = crashRounds().encryption;
const PASSPHRASE = 'kills during encryption';
const encryption = { passphrase: PASSPHRASE, scrypt: { N: 1024, r: 8, p: 1 } };
const HOMES = 3000;

const writer = useCrashWriter();

/** A plain data file from before this version, big enough for kills to land inside the encryption. */
function plainTemplate(folder: string): string {
  const file = path.join(folder, 'plain.sqlite');
  const store = openStore({ file, appVersion: 't' });
  const insert = store.db.prepare('INSERT INTO homes (name, places) VALUES (?, 2)');
  store.db.transaction(() => {
    for (let n = 0; n < HOMES; n++) insert.run(`Home ${n} ${'Evidence from the house meeting. '.repeat(3)}`);
  })();
  store.close();
  for (const name of readdirSync(path.join(folder, 'backups'))) rmSync(path.join(folder, 'backups', name));
  return file;
}

function homesIn(file: string, key?: Buffer): number {
  const { db } = openConnection(file, { readonly: true, key });
  try {
    expect(integrityCheck(db)).toBe('ok');
    return db.prepare('SELECT count(*) FROM homes').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('encrypting an older plain data file in place', () => {
  it(`leaves the plain file or the encrypted one, never neither, through ${rounds} kills`, async () => {
    const folder = tempFolder();
    const template = plainTemplate(folder);
    const file = path.join(folder, 'h.sqlite');
    const seen = { plain: 0, encrypted: 0, midway: 0 };
    // The kill window follows this machine's speed, quiet or busy: a staircase that shortens it after a kill
    // that landed after the swap and lengthens it after one before, so kills keep landing on both sides.
    let maxKillMs = 1000;
    for (let round = 0; round < rounds; round++) {
      for (const name of readdirSync(folder))
        if (name.startsWith('h.sqlite')) rmSync(path.join(folder, name), { force: true });
      rmSync(path.join(folder, 'backups'), { recursive: true, force: true });
      copyFileSync(template, file);
      await runUntilKilled(writer.script, {
        mode: 'encrypt',
        file,
        maxKillMs,
        env: { HALLMARKS_CRASH_PASSPHRASE: PASSPHRASE },
      });
      // What the kill left: the whole plain file, or the whole encrypted one with its key file.
      if (existsSync(`${file}.encrypting`)) seen.midway++;
      expect(existsSync(file)).toBe(true);
      const state = dataFileState(file);
      expect(['plain', 'encrypted']).toContain(state);
      if (state === 'plain') seen.plain++;
      else seen.encrypted++;
      maxKillMs = state === 'plain' ? maxKillMs * 1.5 : Math.max(20, maxKillMs * 0.6);
      if (state === 'plain') expect(homesIn(file)).toBe(HOMES);
      else expect(existsSync(keyFilePath(file))).toBe(true);
      // The next start finishes the job and finds every home.
      const store = openStore({ file, appVersion: 't', encryption });
      expect(store.db.prepare('SELECT count(*) FROM homes').pluck().get()).toBe(HOMES);
      store.close();
      expect(dataFileState(file)).toBe('encrypted');
      expect(readdirSync(folder).filter((n) => n.includes('.damaged-') || n.includes('.encrypting'))).toEqual(
        [],
      );
    }
    // Kills landed both before the swap and after it (and, in most runs, some inside the encryption).
    expect(seen.encrypted).toBeGreaterThan(0);
    expect(seen.plain).toBeGreaterThan(0);
    console.info(`encryption kills: ${JSON.stringify(seen)}`);
  }, 600_000);
});
