import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { afterEach } from 'vitest';
import { canMount } from './mount';

const isRoot = process.getuid?.() === 0;

/**
 * Makes a folder really read-only: by permissions for an ordinary user, or (as root, whom permissions do
 * not stop) by mounting it read-only over itself. Undone after the test.
 */
export function useReadOnlyFolders(): (folder: string) => void {
  const undo: (() => void)[] = [];
  afterEach(() => {
    for (const step of undo.splice(0).reverse()) step();
  });
  return (folder) => {
    if (isRoot) {
      execFileSync('mount', ['--bind', '-o', 'ro', folder, folder], { stdio: 'ignore' });
      undo.push(() => execFileSync('umount', ['-l', folder]));
    } else {
      chmodSync(folder, 0o555);
      undo.push(() => chmodSync(folder, 0o755));
    }
  };
}

/** False only for root in a container that may not mount; the tests then say why they skip. */
export const canMakeReadOnly =
  process.platform !== 'win32' && (!isRoot || canMount((f) => ['--bind', '-o', 'ro', f, f]));

/** Root reads any file whatever its permissions, so an unreadable file can only be tested as a user. */
export const canMakeUnreadable = !isRoot && process.platform !== 'win32';
