import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from '../migrate';
import { migrations as allMigrations } from '../migrations';
import { openConnection, snapshotFile } from '../connection';
import { makePrivate, makePrivateFolder } from '../private-files';

/**
 * Printing from the command line reads a snapshot of the data, never the manager's file. The snapshot is
 * kept in the data folder (readable by this account only), not the shared temp folder, and a print that
 * was killed leaves its folder for the next start to remove (see removePrintLeftovers).
 */
export const printSnapshotsFolder = (dataFile: string) =>
  path.join(path.dirname(path.resolve(dataFile)), 'print-snapshots');

const OWNER = 'owner.pid';

export interface PrintFolder {
  folder: string;
  snapshot: string;
  /** Where Chromium keeps its profile for this print, so a killed print's browser can be found by it. */
  browserProfile: string;
  remove(): void;
}

/**
 * A consistent copy of the data (VACUUM INTO, encrypted with the same key) in its own private folder
 * under the data folder, brought up to this version's schema (no backup: it is itself a copy).
 */
export async function makePrintSnapshot(dataFile: string, key: Buffer | null): Promise<PrintFolder> {
  const root = printSnapshotsFolder(dataFile);
  makePrivateFolder(root);
  const folder = mkdtempSync(path.join(root, 'print-'));
  makePrivateFolder(folder);
  writeFileSync(path.join(folder, OWNER), String(process.pid), { mode: 0o600 });
  const snapshot = path.join(folder, 'snapshot.sqlite');
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    await snapshotFile(dataFile, snapshot, key ?? undefined);
    makePrivate(snapshot);
    const { db } = openConnection(snapshot, { key: key ?? undefined });
    try {
      db.pragma('journal_mode = DELETE'); // a single file again: read-only opens make no journal
      migrate(db, allMigrations);
    } finally {
      db.close();
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { folder, snapshot, browserProfile: path.join(folder, 'chromium'), remove };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Chromium processes a killed print left running, found by the profile folder in their command line (on
 * systems with /proc); each is ended by its own id, never by name.
 */
function endBrowsersUsing(folder: string): void {
  // Not mutation tested: a mutant of the guards below (the profile folder check turned off, say) ends
  // every process the account may end, the test runner and the terminal that started it included.
  // Stryker disable all
  if (!existsSync('/proc')) return;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // ended meanwhile, or another account's
    }
    if (!commandLine.includes(`--user-data-dir=${folder}`)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  // Stryker restore all
}

/** Copies in the shared temp folder written by versions before this one, by prints long finished. */
const OLD_TEMP_PREFIX = 'hallmarks-report-';
const OLD_TEMP_AGE_MS = 60 * 60_000;

/**
 * What killed prints left: their snapshot folders (a copy of every home) and their browsers, removed at
 * the next start. A folder whose print is still running (another `npm run report`) is left alone.
 */
export function removePrintLeftovers(dataFile: string, now = Date.now()): string[] {
  const removed: string[] = [];
  const root = printSnapshotsFolder(dataFile);
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    // No print was ever made from this data folder.
  }
  for (const name of names) {
    const folder = path.join(root, name);
    let owner = NaN;
    try {
      owner = Number(readFileSync(path.join(folder, OWNER), 'utf8'));
    } catch {
      // Killed before it wrote its owner: nothing can still be using it.
    }
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) continue;
    if (owner === process.pid) continue;
    endBrowsersUsing(path.join(folder, 'chromium'));
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  for (const name of safeList(tmpdir())) {
    if (!name.startsWith(OLD_TEMP_PREFIX)) continue;
    const folder = path.join(tmpdir(), name);
    try {
      if (now - statSync(folder).mtimeMs < OLD_TEMP_AGE_MS) continue;
      rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    } catch {
      // Another account's: not ours to remove.
    }
  }
  return removed;
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
