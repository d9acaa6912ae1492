import path from 'node:path';

export const DATABASE_FILE_NAME = 'hallmarks.sqlite';

export interface AppPaths {
  /** Chromium profile, window position and the single-instance lock; `--profile <dir>` moves it. */
  userDataDir: string;
  databaseFile: string;
  /** Backups live beside the database, so a copied or moved data folder keeps its history. */
  backupsDir: string;
}

/** Thrown for a command line that cannot be used; the message says how to fix it. */
export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

/** Reads `--name value` or `--name=value`; null when absent. */
export function readOption(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith(`${name}=`)) return requireValue(name, arg.slice(name.length + 1));
    if (arg === name) return requireValue(name, argv[i + 1]);
  }
  return null;
}

function requireValue(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '' || value.startsWith('--')) {
    throw new CommandLineError(`${name} needs a path after it, for example ${name} "C:\\Hallmarks\\data"`);
  }
  return value;
}

/**
 * Where things live: `<userData>/hallmarks.sqlite` unless `--db <file>` names another file, and the
 * user data folder itself unless `--profile <dir>` names another (each test run gets its own, so runs
 * never share a lock or a profile). Relative paths are taken from the folder the app was started in.
 */
export function resolveAppPaths(defaultUserData: string, argv: readonly string[], cwd: string): AppPaths {
  const db = readOption(argv, '--db');
  const profile = readOption(argv, '--profile');
  const userDataDir = profile === null ? defaultUserData : path.resolve(cwd, profile);
  const databaseFile = db === null ? path.join(userDataDir, DATABASE_FILE_NAME) : path.resolve(cwd, db);
  return { userDataDir, databaseFile, backupsDir: path.join(path.dirname(databaseFile), 'backups') };
}
