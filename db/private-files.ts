import { chmodSync, mkdirSync } from 'node:fs';

/**
 * Only the manager's own account may read the data: under the usual umask, files would be 644 and
 * folders 755, readable by every account on a shared office computer. Folders Hallmarks creates are 700
 * and the files it writes 600. Windows has no such modes (the user's profile folder protects them):
 * there the calls change nothing.
 */
export const PRIVATE_FOLDER = 0o700;
export const PRIVATE_FILE = 0o600;

/** Creates a folder (and any missing parents) that only this account can open. */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
}

/** Makes each existing file readable and writable by this account only; a missing one is skipped. */
export function makePrivate(...files: string[]): void {
  for (const file of files) {
    try {
      chmodSync(file, PRIVATE_FILE);
    } catch {
      // Not there (a journal that was never made) or a file system without modes: nothing to narrow.
    }
  }
}
