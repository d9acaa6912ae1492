import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { BackupsOverview, BackupSummary, RestoreOutcome } from '../../contract/backups';
import { isOperationName, onlyReads, type Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { describeStorageError } from '../../contract/storage-errors';
import {
  countHomesAndReviews,
  createBackup,
  listBackups,
  pruneBackups,
  restoreBackup,
  type BackupFile,
  type BackupReason,
} from './backups';
import type { BackupOperation } from '../core-handlers';
import { rememberEarlierFolder } from './earlier-folders';
import { fileIdOf } from './file-id';
import { backupContents, fileIdIn } from './look-inside';
import { backupFolderNote, type OpenDatabase } from '../open-database';
import { backUpOrWarn } from '../safety/backup-warning';

export interface LiveDatabase {
  get(): OpenDatabase;
  /** Opens the data file again (after it was replaced) and returns the new connection. */
  reopen(): OpenDatabase;
}

/** "At most every 30 minutes of activity". */
export const ACTIVITY_BACKUP_GAP_MS = 30 * 60_000;
const UNDO_LABEL = 'before-restore';

function summary(backup: BackupFile, key: Buffer | null): BackupSummary {
  const { file, takenAt, reason } = backup;
  // A listing of this file's backups already looked inside each one: no second open.
  const contents = backup.contents !== undefined ? backup.contents : backupContents(file, key);
  return {
    name: path.basename(file),
    takenAt: takenAt.toISOString(),
    reason,
    sizeBytes: statSync(file).size,
    homes: contents?.homes ?? null,
    reviews: contents?.reviews ?? null,
  };
}

function storageFailure(what: string, error: unknown): ServiceError {
  const storage = describeStorageError(error);
  const cause = storage
    ? `${storage.problem}. ${storage.action}`
    : `of an unexpected problem (${(error as Error)?.message ?? String(error)}).`;
  return new ServiceError(
    'storage',
    `Hallmarks could not ${what} because ${cause} Nothing has been changed.`,
  );
}

/** The copies restores kept of the data they replaced, newest first. */
function undoCopies(file: string): string[] {
  const prefix = `${path.basename(file)}.${UNDO_LABEL}-`;
  return readdirSync(path.dirname(file))
    .filter((n) => n.startsWith(prefix) && !n.endsWith('-wal') && !n.endsWith('-shm'))
    .sort()
    .reverse()
    .map((n) => path.join(path.dirname(file), n));
}

/**
 * Refuses a backup taken of another data file that shares the folder: restoring it would swap homes. A
 * data file that holds no home yet (a new computer, restoring from the backups it was given) takes any
 * backup its key opens: there is nothing of its own to lose.
 */
function checkSameFile(db: Database, backup: string, key: Buffer | null) {
  const theirs = fileIdIn(backup, key);
  if (theirs === null || theirs === fileIdOf(db)) return;
  if (theirs !== undefined && countHomesAndReviews(db).homes === 0) return;
  const name = path.basename(backup).replace(/-\d{8}-\d{6}-\d{3}-[a-z-]+\.sqlite$/, '');
  throw new ServiceError(
    'conflict',
    `That backup was taken of another data file (${name}) that keeps its backups in the same folder. Restoring it here would replace this file's homes with that file's. Choose a backup of this file. Nothing has been changed.`,
  );
}

export function createBackupHandlers(live: LiveDatabase, now: () => Date) {
  const ownBackups = () => {
    const { db, backupsDir, key } = live.get();
    return listBackups(backupsDir, fileIdOf(db), key);
  };
  let lastBackup = ownBackups()[0]?.takenAt.getTime() ?? 0;
  let changedSinceBackup = false;

  function takeBackup(reason: BackupReason): string {
    const { db, backupsDir, file, key } = live.get();
    const backup = createBackup(db, backupsDir, reason, now());
    pruneBackups(backupsDir, { dataFile: file, fileId: fileIdOf(db), key });
    lastBackup = now().getTime();
    changedSinceBackup = false;
    return backup;
  }
  const automatic = (reason: 'after-sign-off' | 'activity' | 'on-quit') =>
    backUpOrWarn(live.get().warnings, reason, () => takeBackup(reason));

  function counts(): RestoreOutcome {
    return countHomesAndReviews(live.get().db);
  }

  /** Closes the data, puts `source` in its place, and opens it again, even when the swap fails. */
  function swapIn(source: string, label: string): RestoreOutcome {
    const { db, file, key } = live.get();
    db.close();
    try {
      restoreBackup(file, source, now(), label, key);
    } catch (error) {
      live.reopen();
      throw storageFailure('restore that backup', error);
    }
    live.reopen();
    changedSinceBackup = false;
    return counts();
  }

  function overview(): BackupsOverview {
    const { backupsDir, file, key } = live.get();
    return {
      folder: backupsDir,
      backups: ownBackups().map((b) => summary(b, key)),
      undoAvailable: undoCopies(file).length > 0,
    };
  }

  const handlers: Pick<Handlers, BackupOperation> = {
    'backups.list': overview,
    'backups.create': () => {
      try {
        const file = takeBackup('manual');
        return summary({ file, takenAt: now(), reason: 'manual' }, live.get().key);
      } catch (error) {
        throw storageFailure('take the backup', error);
      }
    },
    'backups.restore': ({ name }) => {
      const backup = path.join(live.get().backupsDir, name);
      if (!existsSync(backup)) {
        throw new ServiceError(
          'not_found',
          'That backup is no longer in the backup folder. Choose another one.',
        );
      }
      checkSameFile(live.get().db, backup, live.get().key);
      return swapIn(backup, UNDO_LABEL);
    },
    'backups.undoRestore': () => {
      const copy = undoCopies(live.get().file)[0];
      if (!copy) throw new ServiceError('not_found', 'There is no restore to undo.');
      const outcome = swapIn(copy, 'undone-restore');
      rmSync(copy, { force: true }); // now in place as the data file; the replaced data was kept aside
      return outcome;
    },
    'backups.setFolder': ({ folder }) => {
      const chosen = path.resolve(folder);
      const { db, file, backupsDir } = live.get();
      try {
        mkdirSync(chosen, { recursive: true });
        createBackup(db, chosen, 'manual', now()); // proves the folder works before it is used
      } catch (error) {
        const storage = describeStorageError(error);
        const message = `Hallmarks cannot keep backups in that folder${storage ? ` because ${storage.problem}` : ''}. Choose another folder, such as one on a USB stick or a network drive.`;
        throw new ServiceError('invalid_input', message, { folder: message });
      }
      // The backups already taken stay where they are: remembered, so a deleted home is found there too.
      if (path.resolve(backupsDir) !== chosen) rememberEarlierFolder(file, backupsDir);
      writeFileSync(backupFolderNote(file), chosen);
      db.close();
      live.reopen();
      return overview();
    },
  };

  return {
    handlers,
    /** Called after each successful operation: a sign-off, or the first change after 30 minutes, backs up. */
    afterCall<T>(name: string, result: T): T {
      // Each operation declares whether it reads (contract/ops/): a read never makes a backup due.
      if (isOperationName(name) && onlyReads(name)) return result;
      changedSinceBackup = true;
      if (name === 'reviews.complete') automatic('after-sign-off');
      else if (now().getTime() - lastBackup >= ACTIVITY_BACKUP_GAP_MS) automatic('activity');
      return result;
    },
    beforeClose() {
      if (changedSinceBackup) automatic('on-quit');
    },
  };
}
