import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makePrivate } from '../private-files';

/**
 * The backup folders used before the current one, kept in a small note beside the data (one a line), so
 * the backups left in them are not forgotten: deleting a home finds it there too. The default folder
 * beside the data file is always one of them.
 */
const note = (dataFile: string) => `${dataFile}.earlier-backup-folders`;

export function rememberEarlierFolder(dataFile: string, folder: string): void {
  appendFileSync(note(dataFile), `${path.resolve(folder)}\n`);
  makePrivate(note(dataFile));
}

/** Every backup folder this data file used other than `current`, without repeats. */
export function earlierBackupFolders(dataFile: string, current: string): string[] {
  let noted: string[] = [];
  try {
    noted = readFileSync(note(dataFile), 'utf8').split('\n');
  } catch {
    // No note: the folder was never changed.
  }
  const all = [path.join(path.dirname(dataFile), 'backups'), ...noted.map((line) => line.trim())];
  const currentFolder = path.resolve(current);
  return [...new Set(all.filter(Boolean).map((f) => path.resolve(f)))].filter((f) => f !== currentFolder);
}
