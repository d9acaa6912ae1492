/** What went wrong writing to the disk, and what the manager can do, for the errors a person can fix. */
export interface StorageProblem {
  /** Completes "because …". */
  problem: string;
  action: string;
}

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'EFBIG']);
const READ_ONLY = new Set(['SQLITE_READONLY', 'EROFS', 'EACCES', 'EPERM']);

export function describeStorageError(error: unknown): StorageProblem | null {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (FULL.has(code)) {
    return {
      problem: 'the disk is full',
      action: 'Free some space on the disk (empty the recycle bin, or move large files elsewhere).',
    };
  }
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) {
    return {
      problem: 'the file or folder cannot be written to (it is read-only)',
      action: 'Ask whoever looks after your computers to let you change files in that folder.',
    };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return {
      problem: 'the disk could not be written to',
      action: 'Check the disk is still connected, has space and is not write-protected, then try again.',
    };
  }
  return null;
}

const KEPT = 'What you typed is kept here and will be saved when you try again.';

/** The message for a save that the disk refused: what is wrong, what to do, and that nothing typed is lost. */
export function describeFailedSave(error: unknown): string | null {
  const storage = describeStorageError(error);
  if (!storage) return null;
  if (storage.problem === 'the disk is full') return `The disk is full: free some space. ${KEPT}`;
  return `Hallmarks cannot save because ${storage.problem}. ${storage.action} ${KEPT}`;
}
