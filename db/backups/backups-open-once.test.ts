import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as connection from '../connection';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

// Every open goes through openConnection: counted per file, to see how often listing opens each backup.
vi.mock('../connection', async (original) => {
  const actual = await original<typeof connection>();
  return { ...actual, openConnection: vi.fn(actual.openConnection) };
});

const tempFolder = useTempFolder();

describe('listing the backups', { timeout: 60_000 }, () => {
  it('opens each backup once to tell whose it is and what it holds', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const store = openStore({
      file,
      appVersion: 't',
      encryption: { passphrase: 'correct horse battery', scrypt: { N: 1024, r: 8, p: 1 } },
    });
    store.handlers['homes.create']({ name: 'Oak House', urn: null, registeredManager: null, places: 3 });
    for (let n = 0; n < 3; n++) store.handlers['backups.create']({});
    const opened = vi.mocked(connection.openConnection);
    opened.mockClear();

    const { backups } = store.handlers['backups.list']({});
    expect(backups).toHaveLength(4);
    expect(backups.slice(0, 3).map((b) => b.homes)).toEqual([1, 1, 1]);
    const opensPerBackup = backups.map(
      (b) => opened.mock.calls.filter(([opened]) => path.basename(opened) === b.name).length,
    );
    expect(opensPerBackup).toEqual([1, 1, 1, 1]);
    store.close();
  });
});
