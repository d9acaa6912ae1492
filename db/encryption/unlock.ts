import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { log } from '../log/logger';
import { isAFolder, StoreOpenError } from '../safety/open-errors';
import {
  backupKeyFilePath,
  keyFilePath,
  readKeyFile,
  writeKeyFile,
  type KeyFile,
  type KeyFileRead,
} from './key-file';
import {
  openWithKey,
  openWithSecret,
  sealWithKey,
  sealWithSecret,
  SCRYPT_DEFAULTS,
  type ScryptParameters,
} from './key-wrap';
import { normaliseRecoveryKey, newRecoveryKey } from './recovery-key';

/** The operating system's key store as the app sees it (Electron's safeStorage); db/ stays Electron-free. */
export interface OsKeyStore {
  seal(plain: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

/** The ways in a start has; at least one of the key store and a passphrase is needed to set up. */
export interface EncryptionOptions {
  /** Present only when the key store is usable (not Linux's clear-text fallback). */
  osKeyStore?: OsKeyStore | null;
  passphrase?: string | null;
  /** Typed by the manager on the unlock screen. */
  recoveryKey?: string | null;
  /** Tests only: cheaper key stretching. */
  scrypt?: ScryptParameters;
}

export interface UnlockedKey {
  key: Buffer;
  /**
   * The recovery key while the manager has not yet said it is kept safe (made on this start, or on one
   * that ended before they could): shown until then, and never again after.
   */
  newRecoveryKey: string | null;
}

const PURPOSE = {
  passphrase: 'hallmarks data key: passphrase',
  recovery: 'hallmarks data key: recovery',
  pending: 'hallmarks recovery key not yet kept',
};
export const MIN_PASSPHRASE_LENGTH = 10;
const UNLOCK_HEADING = 'This computer cannot unlock the data: enter the recovery key.';

export function cannotUnlock(why: string): StoreOpenError {
  return new StoreOpenError(`${UNLOCK_HEADING} ${why}`, null, 'locked');
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What the data file is, from its first bytes: encrypted files have no readable SQLite header. */
export function dataFileState(file: string): 'new' | 'plain' | 'encrypted' {
  let size = 0;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw isAFolder(file);
    size = stat.size;
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    return 'new';
  }
  if (size === 0) return 'new';
  const fd = openSync(file, 'r');
  try {
    const start = Buffer.alloc(16);
    readSync(fd, start, 0, 16, 0);
    return start.equals(SQLITE_MAGIC) ? 'plain' : 'encrypted';
  } finally {
    closeSync(fd);
  }
}

function isDataKey(key: Buffer | null): key is Buffer {
  return key !== null && key.length === 32;
}

function tryOsKeyStore(keys: KeyFile, store: OsKeyStore | null | undefined): Buffer | null {
  if (!store || !keys.os) return null;
  try {
    const key = store.open(Buffer.from(keys.os, 'base64'));
    return isDataKey(key) ? key : null;
  } catch {
    return null;
  }
}

function trySecret(wrap: KeyFile['passphrase'], secret: string | null | undefined, purpose: string) {
  if (!wrap || !secret) return null;
  const key = openWithSecret(secret, wrap, purpose);
  return isDataKey(key) ? key : null;
}

function tryRecovery(keys: KeyFile, typed: string | null | undefined): Buffer | null {
  const recovery = typed ? normaliseRecoveryKey(typed) : null;
  return recovery ? trySecret(keys.recovery, recovery, PURPOSE.recovery) : null;
}

/**
 * Whether a typed recovery key is this data file's: it must open the key file's recovery wrap to this very
 * data key. The locked modes accept it after too many wrong PINs (see locked-mode/manager-check.ts).
 */
export function recoveryKeyOpens(dataFile: string, key: Buffer): (typed: string) => boolean {
  return (typed) => {
    const found = readKeyFile(keyFilePath(dataFile));
    if (found.kind !== 'ok') return false;
    const opened = tryRecovery(found.keys, typed);
    return opened !== null && opened.length === key.length && timingSafeEqual(opened, key);
  };
}

function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    throw new StoreOpenError(
      `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters long. Nothing has been changed.`,
      null,
      'needs-passphrase',
    );
}

/** The key file for this computer: the recovery wrap kept, the everyday ways in sealed afresh. */
function sealForThisComputer(
  key: Buffer,
  recovery: KeyFile['recovery'],
  options: EncryptionOptions,
): KeyFile {
  const keys: KeyFile = { format: 'hallmarks-keys', version: 1, recovery };
  if (options.osKeyStore) keys.os = options.osKeyStore.seal(key).toString('base64');
  else if (options.passphrase) {
    checkPassphrase(options.passphrase);
    keys.passphrase = sealWithSecret(options.passphrase, key, PURPOSE.passphrase, options.scrypt);
  } else
    throw new StoreOpenError(
      'Hallmarks needs a passphrase to protect the data on this computer, because it has no key store it can use. In browser mode give one with --passphrase-file <file> or the HALLMARKS_PASSPHRASE environment variable.',
      null,
      'needs-passphrase',
    );
  return keys;
}

function setUp(dataFile: string, backupsDir: string, options: EncryptionOptions): UnlockedKey {
  const key = randomBytes(32);
  const recoveryKey = newRecoveryKey();
  const recovery = sealWithSecret(recoveryKey, key, PURPOSE.recovery, options.scrypt ?? SCRYPT_DEFAULTS);
  // Until the manager says it is kept, the recovery key waits sealed with the data key itself, so a start
  // that ends before they see it shows it next time instead of losing it.
  const pending = sealWithKey(key, Buffer.from(recoveryKey, 'utf8'), PURPOSE.pending);
  writeKeyFile(keyFilePath(dataFile), {
    ...sealForThisComputer(key, recovery, options),
    pendingRecovery: pending,
  });
  ensureBackupKeyFile(dataFile, backupsDir, recovery);
  return { key, newRecoveryKey: recoveryKey };
}

/**
 * The backups' copy holds only the recovery wrap; written when missing, never replaced. A backup folder
 * that cannot be reached (a network drive) does not stop the start: the next start tries again, and the
 * backup itself warns the manager.
 */
export function ensureBackupKeyFile(
  dataFile: string,
  backupsDir: string,
  recovery: KeyFile['recovery'],
): void {
  const copy = backupKeyFilePath(backupsDir, dataFile);
  if (readKeyFile(copy).kind !== 'missing') return;
  try {
    mkdirSync(backupsDir, { recursive: true });
    writeKeyFile(copy, { format: 'hallmarks-keys', version: 1, recovery });
  } catch (error) {
    log.warn('backup_key_file_not_written', { code: String((error as { code?: unknown }).code ?? '') });
  }
}

function why(found: KeyFileRead, backupCopy: KeyFileRead, options: EncryptionOptions): string {
  if (found.kind === 'damaged') return 'Its key file is damaged or was changed.';
  if (found.kind === 'missing')
    return backupCopy.kind === 'ok'
      ? 'Its key file is missing.'
      : 'Its key file is missing, and so is the copy beside the backups.';
  if (options.recoveryKey)
    return 'That recovery key does not open it. Check each group of characters and try again.';
  if (found.keys.os && options.osKeyStore)
    return "This computer's key store no longer opens it (it may have changed, or this is another computer or account).";
  if (found.keys.passphrase && options.passphrase) return 'The passphrase given does not open it.';
  if (found.keys.os) return "It was locked with another computer's key store.";
  return 'It was locked with a passphrase, and none was given.';
}

/**
 * Finds the data key: from the key store or the passphrase on an everyday start, from the recovery key
 * on the unlock screen (and then seals it afresh for this computer), or makes a new one for a new or
 * still-plain data file. Never makes a new key while a key file exists or the data is already encrypted:
 * that would strand the manager's records. Throws a 'locked' StoreOpenError when nothing opens it.
 */
export function unlockDataKey(dataFile: string, backupsDir: string, options: EncryptionOptions): UnlockedKey {
  const found = readKeyFile(keyFilePath(dataFile));
  const backupCopy = readKeyFile(backupKeyFilePath(backupsDir, dataFile));
  if (found.kind === 'ok') {
    const everyday =
      tryOsKeyStore(found.keys, options.osKeyStore) ??
      trySecret(found.keys.passphrase, options.passphrase, PURPOSE.passphrase);
    if (everyday) {
      ensureBackupKeyFile(dataFile, backupsDir, found.keys.recovery);
      return { key: everyday, newRecoveryKey: pendingRecoveryKey(found.keys, everyday) };
    }
  }
  const sources = [found, backupCopy].filter((r) => r.kind === 'ok').map((r) => r.keys);
  for (const keys of sources) {
    const key = tryRecovery(keys, options.recoveryKey);
    if (!key) continue;
    // The manager has the recovery key in hand: nothing is pending any more.
    writeKeyFile(keyFilePath(dataFile), sealForThisComputer(key, keys.recovery, options));
    ensureBackupKeyFile(dataFile, backupsDir, keys.recovery);
    return { key, newRecoveryKey: null };
  }
  const untouched = found.kind === 'missing' && backupCopy.kind === 'missing';
  if (untouched && dataFileState(dataFile) !== 'encrypted') return setUp(dataFile, backupsDir, options);
  throw cannotUnlock(why(found, backupCopy, options));
}

function pendingRecoveryKey(keys: KeyFile, key: Buffer): string | null {
  if (!keys.pendingRecovery) return null;
  try {
    return openWithKey(key, keys.pendingRecovery, PURPOSE.pending).toString('utf8');
  } catch {
    return null;
  }
}

/** The manager has printed or written down the recovery key: it is no longer kept on this computer. */
export function confirmRecoveryKeyKept(dataFile: string): void {
  const found = readKeyFile(keyFilePath(dataFile));
  if (found.kind !== 'ok' || !found.keys.pendingRecovery) return;
  const { pendingRecovery: _kept, ...rest } = found.keys;
  writeKeyFile(keyFilePath(dataFile), rest);
}

/**
 * Without encryption options (plain test databases) an encrypted file with a key file beside it is
 * locked, never taken for a damaged one and set aside.
 */
export function refuseEncryptedWithoutKey(dataFile: string): void {
  if (dataFileState(dataFile) === 'encrypted' && readKeyFile(keyFilePath(dataFile)).kind !== 'missing')
    throw cannotUnlock('This start was given no way to open it.');
}

/** The key a file needs: none for a plain file (a backup taken before this version encrypted them). */
export function keyFor(file: string, key: Buffer | null | undefined): Buffer | undefined {
  return key && dataFileState(file) !== 'plain' ? key : undefined;
}

/**
 * For tools that only read an existing data file (the report command, the bench): its key, or null for a
 * plain file. Never sets a key up: an encrypted file without a way in is refused as locked.
 */
export function keyOfExistingFile(
  dataFile: string,
  backupsDir: string,
  options: EncryptionOptions,
): Buffer | null {
  if (dataFileState(dataFile) !== 'encrypted') return null;
  return unlockDataKey(dataFile, backupsDir, options).key;
}

/** HALLMARKS_PASSPHRASE: how the command-line tools (and tests, CI) give the passphrase. */
export function passphraseFromEnvironment(env: NodeJS.ProcessEnv = process.env): EncryptionOptions {
  return { passphrase: env.HALLMARKS_PASSPHRASE || null };
}

/**
 * The key to restore a backup with once the data file was set aside as damaged: from the key file beside
 * it, or the copy beside the backup. Null for a plain start (tests).
 */
export function keyForRestore(dataFile: string, backup: string, options?: EncryptionOptions): Buffer | null {
  return options ? unlockDataKey(dataFile, path.dirname(backup), options).key : null;
}
