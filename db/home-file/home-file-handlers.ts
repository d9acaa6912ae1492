import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { listBackups } from '../backups/backups';
import { openConnection } from '../connection';
import { createHomesRepository, holdsHomeNamed } from '../homes/homes';
import { deleteHomeForGood } from './delete-home';
import { exportHome } from './home-file';
import { homeTables } from './home-tables';
import { importHome, previewImport } from './import-home';

export type HomeFileOperation = 'homes.export' | 'homes.importPreview' | 'homes.import' | 'homes.delete';

interface HomeFileContext {
  appVersion: string;
  backupsDir: string;
  now: () => Date;
  /** Called after an import or a deletion, so the app opens a home that exists. */
  setCurrentHome: (id: number | null) => void;
}

/** How many backups in `folder` hold a home called `name`: they keep it until they age out. */
function backupsHolding(folder: string, name: string): number {
  return listBackups(folder).filter((backup) => {
    let connection;
    try {
      connection = openConnection(backup.file, { readonly: true });
      return holdsHomeNamed(connection.db, name);
    } catch {
      return true; // unreadable here: it may still hold the home, so it is counted
    } finally {
      connection?.db.close();
    }
  }).length;
}

export function createHomeFileHandlers(
  db: Database,
  context: HomeFileContext,
): Pick<Handlers, HomeFileOperation> {
  const homes = createHomesRepository(db);
  return {
    'homes.export': ({ id }) => exportHome(db, id, context.appVersion, context.now()),
    'homes.importPreview': ({ text }) => previewImport(db, text),
    'homes.import': ({ text, replaceHomeId }) => {
      const outcome = importHome(db, text, replaceHomeId);
      context.setCurrentHome(outcome.homeId);
      return outcome;
    },
    'homes.delete': ({ id, confirmName }) => {
      const { name } = homes.get(id);
      if (confirmName.trim() !== name.trim()) {
        const message = `Type the home's name exactly as it is shown, ${name}, to delete it`;
        throw new ServiceError('invalid_input', message, { confirmName: message });
      }
      deleteHomeForGood(db, homeTables(db), id);
      context.setCurrentHome(homes.list()[0]?.id ?? null);
      return {
        deletedName: name,
        backupsFolder: context.backupsDir,
        backupsHoldingIt: backupsHolding(context.backupsDir, name),
      };
    },
  };
}
