import { listBackups } from '../backups/backups';
import { encryptPlainFile } from './encrypt-in-place';

/**
 * Backups taken before this version are plain copies of the data; each is encrypted with the same key
 * (a verified copy renamed over it), so no readable copy of a home's records stays behind.
 */
export function encryptPlainBackups(backupsDir: string, key: Buffer): number {
  let encrypted = 0;
  for (const backup of listBackups(backupsDir)) if (encryptPlainFile(backup.file, key)) encrypted++;
  return encrypted;
}
