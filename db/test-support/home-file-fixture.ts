import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { HomeFile } from '../../contract/home-file';
import { checksumOf } from '../home-file/home-file';
import { openStore, type Store } from '../store';
import { useTempFolder } from './temp-folder';

/**
 * What the home-file tests share: data files made at one fixed moment (it names the exported files,
 * "… 2026-11-28.hallmarks-home.json"), every row of every table to check that nothing changed, and
 * files edited and resealed the way anyone with a text editor can.
 */

/** A new, empty data file per call, in a folder removed after the test. Call at the top of a test file. */
export function useNewStores(): () => Store {
  const tempFolder = useTempFolder();
  return () =>
    openStore({
      file: path.join(tempFolder(), 'h.sqlite'),
      appVersion: '1.0.0',
      now: () => new Date('2026-11-28T09:00:00Z'),
    });
}

/** Every row of every table: what "nothing has changed" is checked against. */
export function everything(db: Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

/** The home's file, exported unencrypted; the data file it came from is closed. */
export function exportAndClose(store: Store, homeId: number): string {
  const { text } = store.handlers['homes.export']({ id: homeId, unencrypted: true });
  store.close();
  return text;
}

/** The file with `change` applied and its checksum made right again, as anyone editing a file can do. */
export function resealed(text: string, change: (body: Omit<HomeFile, 'checksum'>) => void): string {
  const { checksum: _, ...body } = JSON.parse(text) as HomeFile;
  change(body);
  return JSON.stringify({ ...body, checksum: checksumOf(body) });
}
