import { describeStorageError } from '../../contract/storage-errors';

const WHICH = {
  daily: 'its daily backup',
  'before-upgrade': 'a backup before updating your data',
  'after-sign-off': 'a backup after the review was signed off',
  activity: 'its regular backup',
  'on-quit': 'a backup on closing',
};

/**
 * Runs a start-up backup; if it fails, records a warning instead of stopping the data opening. A
 * manager who cannot open the app at all is worse off than one told that today's backup is missing.
 */
export function backUpOrWarn(warnings: string[], which: keyof typeof WHICH, backUp: () => unknown): void {
  try {
    backUp();
  } catch (error) {
    const storage = describeStorageError(error);
    const cause = storage
      ? storage.problem
      : `of an unexpected problem (${String((error as Error).message ?? error)})`;
    warnings.push(
      `Hallmarks could not take ${WHICH[which]} because ${cause}. Your data is safe and nothing was lost. ${storage?.action ?? 'Check that the backup folder can be written to.'}`,
    );
  }
}
