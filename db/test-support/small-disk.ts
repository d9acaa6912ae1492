import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { canMount } from './mount';

/**
 * A real size-limited folder (a tmpfs mount), for disk-full tests. Needs permission to mount (root, as in
 * CI's container); where that is refused, `available` is false and the tests say so when they skip.
 */
export function useSmallDisk(): { available: boolean; make(parent: string, kilobytes: number): string } {
  const mounted: string[] = [];
  afterEach(() => {
    for (const folder of mounted.splice(0)) execFileSync('umount', ['-l', folder]);
  });
  const make = (parent: string, kilobytes: number) => {
    const folder = path.join(parent, 'small-disk');
    mkdirSync(folder);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', folder], { stdio: 'ignore' });
    mounted.push(folder);
    return folder;
  };
  return { available: canMount((f) => ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', f]), make };
}
