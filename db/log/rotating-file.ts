import { appendFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { makePrivate, makePrivateFolder, PRIVATE_FILE } from '../private-files';

export interface RotatingFileOptions {
  file: string;
  /** The live file is rotated before a line would take it past this size. */
  maxBytes?: number;
  /** Older files kept beside it: `hallmarks.log.1` (newest) to `hallmarks.log.<keep>` (oldest). */
  keep?: number;
}

export interface RotatingFile {
  readonly file: string;
  write(line: string): void;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_KEEP = 3;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Shifts every file one place older and drops the oldest, so the total stays under (keep + 1) × maxBytes. */
function rotate(file: string, keep: number): void {
  rmSync(`${file}.${keep}`, { force: true });
  for (let i = keep - 1; i >= 0; i--) {
    const from = i === 0 ? file : `${file}.${i}`;
    try {
      renameSync(from, `${file}.${i + 1}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * A size-capped log file. Each line is appended with open-write-close rather than through a held
 * handle: logging is rare here, and Windows cannot rename a file another handle keeps open.
 */
export function createRotatingFile(options: RotatingFileOptions): RotatingFile {
  const { file } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = options.keep ?? DEFAULT_KEEP;
  makePrivateFolder(path.dirname(file));
  appendFileSync(file, '', { mode: PRIVATE_FILE }); // exists from the start, so "Show log file" has one to show
  makePrivate(file); // one made by an earlier version may be readable by every account
  let size = sizeOf(file);
  return {
    file,
    write(line: string) {
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) {
        rotate(file, keep);
        size = 0;
      }
      appendFileSync(file, line, { mode: PRIVATE_FILE });
      size += bytes;
    },
  };
}
