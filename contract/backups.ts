import { z } from 'zod';

/** One backup as Settings → Backups lists it. */
export interface BackupSummary {
  /** The file's name in the backup folder; what restore asks for. */
  name: string;
  takenAt: string;
  /** daily, manual, before-upgrade, after-sign-off, activity, on-quit */
  reason: string;
  sizeBytes: number;
  /** null when the file could not be read. */
  homes: number | null;
  reviews: number | null;
}

export interface BackupsOverview {
  folder: string;
  backups: BackupSummary[];
  /** The copy kept by the last restore, which "Undo the restore" puts back; null when there is none. */
  undoAvailable: boolean;
}

export interface RestoreOutcome {
  /** What the app now holds. */
  homes: number;
  reviews: number;
}

export const backupName = z
  .string()
  .max(200)
  .regex(/^hallmarks-[0-9-]+-[a-z-]+\.sqlite$/, { error: 'Choose a backup from the list' });

export const backupFolderInput = z.strictObject({
  folder: z
    .string()
    .trim()
    .min(1, { error: 'Enter the folder where backups should be kept, for example E:\\Hallmarks backups' })
    .max(1000, { error: 'The folder path must be 1,000 characters or fewer' }),
});
