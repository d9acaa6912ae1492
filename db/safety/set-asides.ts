import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Moves a damaged file (and its journal files) aside under a dated name; it is never deleted. */
export function setAside(file: string, now = new Date()): string {
  const aside = `${file}.damaged-${stampOf(now)}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

export interface SetAsideFile {
  file: string;
  at: Date;
}

/** Damaged files moved aside from this data file, newest first. */
export function listSetAsides(file: string): SetAsideFile[] {
  const prefix = `${path.basename(file)}.damaged-`;
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return [];
  }
  const found: SetAsideFile[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = STAMP.exec(name.slice(prefix.length));
    if (!m) continue;
    const [, day, h, min, s, ms] = m;
    found.push({ file: path.join(path.dirname(file), name), at: new Date(`${day}T${h}:${min}:${s}.${ms}Z`) });
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/**
 * A -wal or -shm with no data file beside it (left by a crash while files were being moved) must not be
 * replayed into a new or restored file: it is moved aside, never deleted.
 */
export function setAsideStrayJournals(file: string, now = new Date()): void {
  if (existsSync(file)) return;
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, `${file}.stray-${stampOf(now)}${suffix}`);
  }
}
