import { z } from 'zod';
import {
  backupFolderInput,
  backupName,
  type BackupsOverview,
  type BackupSummary,
  type RestoreOutcome,
} from '../backups';
import { none, read, write } from './op';

/** Backups and restore (bound by the store, which can swap the data file). */
export const backupsOperations = {
  'backups.list': read<BackupsOverview>()(none),
  'backups.create': read<BackupSummary>()(none),
  'backups.restore': write<RestoreOutcome>()(z.strictObject({ name: backupName })),
  'backups.undoRestore': write<RestoreOutcome>()(none),
  'backups.setFolder': read<BackupsOverview>()(backupFolderInput),
} as const;
