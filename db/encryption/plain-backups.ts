import path from 'node:path';
import { backupStem, listBackups } from '../backups/backups';
import { log } from '../log/logger';
import { encryptPlainFile, reencryptWithRawKey } from './encrypt-in-place';

/**
 * Backups taken before this version are plain copies of the data, or encrypted with the key stretched by
 * the cipher (slow to open); each is encrypted with the raw key (a verified copy renamed over it), so no
 * readable copy of a home's records stays behind and listing the backups stays quick. Only this data
 * file's backups (by name) are touched: another file sharing the folder has its own key.
 */
/**
 * A file in the older form still opens (openKeyed), only slower; so a failure here (a full disk, a file
 * in use) is logged and tried again next start, and never stops the app. The file is untouched: the
 * copy is checked before it replaces it.
 */
export function reencryptOrWarn(file: string, key: Buffer): boolean {
  try {
    return reencryptWithRawKey(file, key);
  } catch (error) {
    log.warn('reencrypt_with_raw_key_failed', {}, error);
    return false;
  }
}

export function encryptPlainBackups(backupsDir: string, key: Buffer, dataFile?: string): number {
  const own = dataFile ? [`${backupStem(dataFile)}-`, 'hallmarks-'] : null;
  let encrypted = 0;
  for (const backup of listBackups(backupsDir)) {
    const name = path.basename(backup.file);
    if (own && !own.some((prefix) => name.startsWith(prefix))) continue;
    if (encryptPlainFile(backup.file, key)) encrypted++;
    else if (reencryptOrWarn(backup.file, key)) encrypted++;
  }
  return encrypted;
}
