import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { listBackups } from '../backups/backups';
import { openConnection } from '../connection';
import { keyFor } from '../encryption/unlock';
import { createHomesRepository, holdsHomeNamed } from '../homes/homes';
import { deleteHomeForGood } from './delete-home';
import { exportHome } from './home-file';
import { openHomeFile, sealHomeFile } from './home-file-envelope';
import { homeTables } from './home-tables';
import { importHome, previewImport } from './import-home';

export type HomeFileOperation = 'homes.export' | 'homes.importPreview' | 'homes.import' | 'homes.delete';

interface HomeFileContext {
  appVersion: string;
  backupsDir: string;
  key: Buffer | null;
  now: () => Date;
  /** Called after an import or a deletion, so the app opens a home that exists. */
  setCurrentHome: (id: number | null) => void;
}

/** How many backups in `folder` hold a home called `name`: they keep it until they age out. */
function backupsHolding(folder: string, name: string, key: Buffer | null): number {
  return listBackups(folder).filter((backup) => {
    let connection;
    try {
      connection = openConnection(backup.file, { readonly: true, key: keyFor(backup.file, key) });
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
    'homes.export': ({ id, passphrase, unencrypted }) => {
      // Checked here as well as in the contract: the commands call the handler directly.
      if (passphrase === undefined && unencrypted !== true) {
        throw new ServiceError('invalid_input', 'Type a passphrase to encrypt the home file.', {
          passphrase: 'Type a passphrase to encrypt the home file',
        });
      }
      const plain = exportHome(db, id, context.appVersion, context.now());
      if (passphrase === undefined) return plain;
      return {
        fileName: plain.fileName.replace(/\.json$/, '.encrypted.json'),
        text: sealHomeFile(plain.text, passphrase),
        encrypted: true,
      };
    },
    'homes.importPreview': ({ text, passphrase }) => previewImport(db, openHomeFile(text, passphrase)),
    // The imported home becomes the current one in the same transaction.
    'homes.import': ({ text, passphrase, replaceHomeId }) => {
      const opened = openHomeFile(text, passphrase);
      return db.transaction(() => {
        const outcome = importHome(db, opened, replaceHomeId);
        context.setCurrentHome(outcome.homeId);
        return outcome;
      })();
    },
    'homes.delete': ({ id, confirmName }) => {
      const { name } = homes.get(id);
      if (confirmName.trim() !== name.trim()) {
        const message = `Type the home's name exactly as it is shown, ${name}, to delete it`;
        throw new ServiceError('invalid_input', message, { confirmName: message });
      }
      // The next current home is chosen with the delete, so a failure after it (wiping the freed pages)
      // never leaves the deleted home as the current one.
      deleteHomeForGood(db, homeTables(db), id, () => context.setCurrentHome(homes.list()[0]?.id ?? null));
      return {
        deletedName: name,
        backupsFolder: context.backupsDir,
        backupsHoldingIt: backupsHolding(context.backupsDir, name, context.key),
      };
    },
  };
}
