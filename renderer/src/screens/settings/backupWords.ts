import type { BackupSummary } from '@contract/backups';
import { formatTimestamp } from '@contract/rules/dates';

const REASONS: Record<string, string> = {
  daily: 'Daily',
  manual: 'Backed up by hand',
  'before-upgrade': 'Before an update',
  'after-sign-off': 'After a sign-off',
  activity: 'While you worked',
  'on-quit': 'On closing',
};

export const reasonLabel = (reason: string) => REASONS[reason] ?? reason;

/** When the backup was taken, on the home's clock: "5 November 2026 at 09:00". */
export const takenAtLabel = formatTimestamp;

export function sizeLabel(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function holdsLabel(backup: BackupSummary): string {
  if (backup.homes === null) return 'Could not be read';
  const homes = `${backup.homes} ${backup.homes === 1 ? 'home' : 'homes'}`;
  return `${homes}, ${backup.reviews} ${backup.reviews === 1 ? 'review' : 'reviews'}`;
}
