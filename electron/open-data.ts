import type { Dialog } from 'electron';
import { restoreBackup } from '../db/backups';
import { StoreOpenError, type Store } from '../db/store';

/**
 * Opens the store; when the file turns out damaged and a backup exists, asks the manager whether to
 * restore the newest backup (the damaged file has already been moved aside, never deleted).
 * Returns null when the manager chooses to quit.
 */
export function openDataOrOfferRestore(
  open: () => Store,
  file: string,
  dialog: Pick<Dialog, 'showMessageBoxSync'>,
): Store | null {
  try {
    return open();
  } catch (error) {
    if (!(error instanceof StoreOpenError) || !error.newestBackup) throw error;
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Hallmarks found a problem with its data',
      message: 'The data file is damaged. Restore the newest backup?',
      detail: error.message,
      buttons: ['Restore the newest backup', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) return null;
    restoreBackup(file, error.newestBackup);
    return open();
  }
}
