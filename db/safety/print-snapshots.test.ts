import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyOfExistingFile } from '../encryption/unlock';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { makePrintSnapshot, printSnapshotsFolder, removePrintLeftovers } from './print-snapshots';

const tempFolder = useTempFolder();
const encryption = { passphrase: 'correct horse battery', scrypt: { N: 1024, r: 8, p: 1 } };

function dataFileWithAHome(): { file: string; key: Buffer } {
  const file = path.join(tempFolder(), 'h.sqlite');
  const store = openStore({ file, appVersion: 't', encryption });
  store.handlers['homes.create']({ name: 'Oak House', urn: null, registeredManager: null, places: 2 });
  store.close();
  return { file, key: keyOfExistingFile(file, path.join(path.dirname(file), 'backups'), encryption)! };
}

/** A process id that was used and has ended. */
function endedPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('printing from a snapshot', { timeout: 60_000 }, () => {
  it('keeps the snapshot in the data folder, private, and serves it read-only: no backups, no journal', async () => {
    const { file, key } = dataFileWithAHome();
    const print = await makePrintSnapshot(file, key);
    expect(path.dirname(print.folder)).toBe(printSnapshotsFolder(file));
    if (process.platform !== 'win32') {
      expect(statSync(print.folder).mode & 0o777).toBe(0o700);
      expect(statSync(print.snapshot).mode & 0o777).toBe(0o600);
      expect(statSync(path.join(print.folder, 'owner.pid')).mode & 0o777).toBe(0o600);
    }
    const before = readFileSync(print.snapshot);
    const store = openStore({ file: print.snapshot, appVersion: 't', readOnlySnapshot: { key } });
    expect(store.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Oak House']);
    expect(() =>
      store.handlers['homes.create']({ name: 'Elm House', urn: null, registeredManager: null, places: 2 }),
    ).toThrow();
    store.close();
    expect(readdirSync(print.folder).sort()).toEqual(['owner.pid', 'snapshot.sqlite']);
    expect(readFileSync(print.snapshot).equals(before)).toBe(true);
    print.remove();
    expect(existsSync(print.folder)).toBe(false);
    // Removing it again (the print's own clean-up after someone else's) does not fail the print.
    expect(() => print.remove()).not.toThrow();
  });

  it('fails and leaves nothing behind when the snapshot cannot be made (the wrong key)', async () => {
    const { file } = dataFileWithAHome();
    await expect(makePrintSnapshot(file, Buffer.alloc(32, 7))).rejects.toThrow();
    expect(readdirSync(printSnapshotsFolder(file))).toEqual([]);
  });

  it('removes what a killed print left at the next start, and its browser, but not a running print', async () => {
    const { file, key } = dataFileWithAHome();
    const killed = await makePrintSnapshot(file, key);
    writeFileSync(path.join(killed.folder, 'owner.pid'), String(endedPid()));
    // Its browser, still running: a stand-in with the same kind of command line, living longer than
    // this test may take, so only being ended lets the test pass.
    mkdirSync(killed.browserProfile);
    const browser = spawn(process.execPath, [
      '-e',
      'setTimeout(() => {}, 120000)',
      // After `--`, so that Node keeps running and passes it on rather than exiting at a "bad option".
      '--',
      `--user-data-dir=${killed.browserProfile}`,
    ]);
    const browserEnded = new Promise((resolve) => browser.on('exit', resolve));
    const running = await makePrintSnapshot(file, key);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    writeFileSync(path.join(running.folder, 'owner.pid'), String(other.pid));
    try {
      // The next start of the app (or of the next print) cleans up.
      openStore({ file, appVersion: 't', encryption }).close();
      expect(existsSync(killed.folder)).toBe(false);
      if (existsSync('/proc')) await browserEnded;
      expect(existsSync(running.folder)).toBe(true);
      expect(removePrintLeftovers(file)).not.toContain(running.folder);
    } finally {
      other.kill();
      browser.kill();
    }
  });
});
