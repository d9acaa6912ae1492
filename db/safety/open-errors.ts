export type StoreOpenProblem =
  | 'damaged'
  | 'set-aside'
  | 'newer'
  | 'not-hallmarks'
  | 'access'
  /** The data is encrypted and nothing given opens it: the unlock screen asks for the recovery key. */
  | 'locked'
  | 'needs-passphrase';

/** A problem opening the data that a person must read; the message says what happened and what to do. */
export class StoreOpenError extends Error {
  constructor(
    message: string,
    /** For a damaged file: the newest backup, which the app offers to restore. */
    readonly newestBackup: string | null = null,
    readonly kind: StoreOpenProblem = 'damaged',
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

const ASK = 'Ask whoever looks after your computers to check that you can read and change files there.';

/** Why the computer refused, in words a manager can pass on. */
function reason(error: unknown): string {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way where a folder should be';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'the disk or folder is read-only';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM')
    return 'this computer does not allow Hallmarks to use it';
  return `of an unexpected problem (${(error as Error)?.message ?? String(error)})`;
}

export function cannotCreateFolder(folder: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    `Hallmarks could not create the folder ${folder} to keep its data in, because ${reason(error)}. ${ASK}`,
    null,
    'access',
  );
}

export function cannotUseFile(file: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    `Hallmarks cannot open its data file ${file}, because ${reason(error)}. Nothing in it has been changed. ${ASK}`,
    null,
    'access',
  );
}

export function isAFolder(file: string): StoreOpenError {
  return new StoreOpenError(
    `${file} is a folder, not a data file. Choose the Hallmarks data file itself (its name ends in .sqlite), or a new file name to start afresh.`,
    null,
    'access',
  );
}

export function notHallmarks(file: string): StoreOpenError {
  return new StoreOpenError(
    `${file} is not a Hallmarks data file: it belongs to another program, or is not a database at all. Nothing in it has been changed. Check that you chose the right file; Hallmarks keeps its data in a file called hallmarks.sqlite.`,
    null,
    'not-hallmarks',
  );
}
