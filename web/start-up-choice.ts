import { restoreBackup } from '../db/backups/backups';
import { openStore, StoreOpenError, type Store, type StoreOptions } from '../db/store';

export interface StartUpChoice {
  /** `--restore-newest`: put the newest backup in place of a damaged or set-aside file. */
  restoreNewest?: boolean;
  /** `--start-empty`: start with no data although a damaged file was set aside. */
  startEmpty?: boolean;
}

/** Browser mode's equivalent of Electron's restore offer: the manager answers with a command-line option. */
export function openStoreAsChosen(options: StoreOptions, choice: StartUpChoice): Store {
  try {
    return openStore({ ...options, startEmptyAfterSetAside: choice.startEmpty });
  } catch (error) {
    if (!(error instanceof StoreOpenError) || !choice.restoreNewest || !error.newestBackup) throw error;
    restoreBackup(options.file, error.newestBackup);
    return openStore(options);
  }
}

/** The message printed when browser mode cannot open the data, with the commands that answer it. */
export function describeStartProblem(error: StoreOpenError): string {
  const lines = [`Hallmarks: ${error.message}`];
  if (error.newestBackup && (error.kind === 'damaged' || error.kind === 'set-aside')) {
    lines.push('', 'To restore the newest backup, run:', '  npm run web -- --restore-newest');
  }
  if (error.kind === 'damaged' || error.kind === 'set-aside') {
    lines.push('', 'To start again with no data instead (the damaged file stays where it is), run:');
    lines.push('  npm run web -- --start-empty');
  }
  return lines.join('\n');
}
