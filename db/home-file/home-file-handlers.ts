import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { fileIdOf } from '../backups/file-id';
import { createHomesRepository } from '../homes/homes';
import { deleteHomeForGood } from './delete-home';
import { exportHome } from './home-file';
import { openHomeFile, sealHomeFile } from './home-file-envelope';
import { findHomeCopies, homeIdentity, removeFromCopies, summariseCopies } from './home-copies';
import { homeTables } from './home-tables';
import { importHome, previewImport } from './import-home';

export type HomeFileOperation =
  'homes.export' | 'homes.importPreview' | 'homes.import' | 'homes.delete' | 'homes.copies';

interface HomeFileContext {
  appVersion: string;
  /** The data file: copies a restore kept, and damaged copies set aside, are beside it. */
  dataFile: string;
  backupsDir: string;
  key: Buffer | null;
  now: () => Date;
  /** Called after an import or a deletion, so the app opens a home that exists. */
  setCurrentHome: (id: number | null) => void;
}

export function createHomeFileHandlers(
  db: Database,
  context: HomeFileContext,
): Pick<Handlers, HomeFileOperation> {
  const homes = createHomesRepository(db);
  const where = () => ({
    dataFile: context.dataFile,
    backupsDir: context.backupsDir,
    fileId: fileIdOf(db),
    key: context.key,
  });
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
    'homes.copies': ({ id }) => {
      homes.get(id); // a clear "not found" for a home that is not there
      return summariseCopies(findHomeCopies(where(), homeIdentity(db, id)), context.now());
    },
    'homes.delete': ({ id, confirmName, removeFromCopies: alsoCopies }) => {
      const { name } = homes.get(id);
      if (confirmName.trim() !== name.trim()) {
        const message = `Type the home's name exactly as it is shown, ${name}, to delete it`;
        throw new ServiceError('invalid_input', message, { confirmName: message });
      }
      // The next current home is chosen with the delete, so a failure after it (wiping the freed pages)
      // never leaves the deleted home as the current one.
      // Found before the delete, while the home's identity can still be read from the data file.
      const found = findHomeCopies(where(), homeIdentity(db, id));
      deleteHomeForGood(db, homeTables(db), id, () => context.setCurrentHome(homes.list()[0]?.id ?? null));
      const outcome = alsoCopies ? removeFromCopies(found, context.key) : { removed: 0, failed: [] };
      const copies = summariseCopies(
        { ...found, holding: found.holding.filter((h) => !alsoCopies || outcome.failed.includes(h.file)) },
        context.now(),
      );
      return {
        deletedName: name,
        backupsFolder: context.backupsDir,
        backupsHoldingIt:
          copies.backups +
          copies.earlierFolders +
          copies.restoreCopies +
          copies.setAsides +
          copies.unreadable.length,
        copies,
        removedFrom: outcome.removed,
      };
    },
  };
}
