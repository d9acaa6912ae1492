import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BackupsOverview, BackupSummary, RestoreOutcome } from '../../contract/backups';
import { isOperationName, onlyReads, type Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { describeStorageError } from '../../contract/storage-errors';
import {
  backupContents,
  countHomesAndReviews,
  createBackup,
  listBackups,
  pruneBackups,
  restoreBackup,
  type BackupReason,
} from './backups';
import type { BackupOperation } from '../core-handlers';
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

function summary(file: string, takenAt: Date, reason: string): BackupSummary {
  const contents = backupContents(file);
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

export function createBackupHandlers(live: LiveDatabase, now: () => Date) {
  let lastBackup = listBackups(live.get().backupsDir)[0]?.takenAt.getTime() ?? 0;
  let changedSinceBackup = false;

  function takeBackup(reason: BackupReason): string {
    const { db, backupsDir, file } = live.get();
    const backup = createBackup(db, backupsDir, reason, now());
    pruneBackups(backupsDir, { dataFile: file });
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
    const { db, file } = live.get();
    db.close();
    try {
      restoreBackup(file, source, now(), label);
    } catch (error) {
      live.reopen();
      throw storageFailure('restore that backup', error);
    }
    live.reopen();
    changedSinceBackup = false;
    return counts();
  }

  function overview(): BackupsOverview {
    const { backupsDir, file } = live.get();
    return {
      folder: backupsDir,
      backups: listBackups(backupsDir).map((b) => summary(b.file, b.takenAt, b.reason)),
      undoAvailable: undoCopies(file).length > 0,
    };
  }

  const handlers: Pick<Handlers, BackupOperation> = {
    'backups.list': overview,
    'backups.create': () => {
      try {
        const file = takeBackup('manual');
        return summary(file, now(), 'manual');
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
      const { db, file } = live.get();
      try {
        mkdirSync(chosen, { recursive: true });
        createBackup(db, chosen, 'manual', now()); // proves the folder works before it is used
      } catch (error) {
        const storage = describeStorageError(error);
        const message = `Hallmarks cannot keep backups in that folder${storage ? ` because ${storage.problem}` : ''}. Choose another folder, such as one on a USB stick or a network drive.`;
        throw new ServiceError('invalid_input', message, { folder: message });
      }
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
