import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/**
 * A data file as a kill leaves it in the middle of a write in rollback-journal mode (a new file's first
 * start, or the encryption's rekey): some pages of the unfinished transaction already in the file, and a
 * hot -journal beside it that holds what they were.
 */
function fileWithHotJournal(folder: string): string {
  const live = path.join(folder, 'live.sqlite');
  openStore({ file: live, appVersion: 't' }).close();
  const setUp = new Database(live);
  setUp.pragma('journal_mode = DELETE');
  setUp.prepare("INSERT INTO homes (name, places) VALUES ('Rowan House', 3)").run();
  setUp.close();

  const writer = new Database(live);
  writer.pragma('cache_size = 2');
  writer.exec('BEGIN');
  const insert = writer.prepare('INSERT INTO homes (name, places) VALUES (?, 2)');
  for (let n = 0; n < 1500; n++) insert.run(`Unfinished ${n} ${'x'.repeat(100)}`);
  // What a kill would leave: the file and its journal as they are now, with no process holding them.
  const killed = path.join(folder, 'killed.sqlite');
  copyFileSync(live, killed);
  copyFileSync(`${live}-journal`, `${killed}-journal`);
  writer.exec('ROLLBACK');
  writer.close();
  return killed;
}

describe('a start after a kill in rollback-journal mode', () => {
  it('rolls the unfinished transaction back and opens, rather than calling the folder read-only', () => {
    const file = fileWithHotJournal(tempFolder());
    expect(existsSync(`${file}-journal`)).toBe(true);
    const store = openStore({ file, appVersion: 't' });
    try {
      const names = store.db.prepare('SELECT name FROM homes').pluck().all();
      expect(names).toEqual(['Rowan House']);
    } finally {
      store.close();
    }
  });
});
