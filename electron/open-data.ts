import type { Dialog } from 'electron';
import { restoreBackup } from '../db/backups/backups';
import { StoreOpenError, type Store } from '../db/store';

/**
 * Opens the store; when the file turns out damaged (or a damaged copy was set aside on an earlier start
 * and there is no data now), asks the manager what to do: restore the newest backup, or, only once the
 * damaged file is already set aside, start with no data. Returns null when the manager chooses to quit.
 */
export function openDataOrOfferRestore(
  open: (startEmptyAfterSetAside?: boolean) => Store,
  file: string,
  dialog: Pick<Dialog, 'showMessageBoxSync'>,
): Store | null {
  try {
    return open();
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    const setAside = error.kind === 'set-aside';
    if (!setAside && !error.newestBackup) throw error;
    const choices = [
      ...(error.newestBackup ? (['restore'] as const) : []),
      ...(setAside ? (['empty'] as const) : []),
      'quit' as const,
    ];
    const labels = { restore: 'Restore the newest backup', empty: 'Start with no data', quit: 'Quit' };
    const index = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Hallmarks found a problem with its data',
      message: setAside
        ? 'Your data file was damaged and has been moved aside. Restore the newest backup?'
        : 'The data file is damaged. Restore the newest backup?',
      detail: error.message,
      buttons: choices.map((c) => labels[c]),
      defaultId: 0,
      cancelId: choices.length - 1,
    });
    const choice = choices[index] ?? 'quit';
    if (choice === 'quit') return null;
    if (choice === 'empty') return open(true);
    restoreBackup(file, error.newestBackup!);
    return open();
  }
}
