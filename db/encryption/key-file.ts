import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SecretWrap } from './key-wrap';

/**
 * The wrapped data key, kept beside the database (`hallmarks.sqlite.keys`) and, with only its recovery
 * wrap, beside the backups, so a backup and the recovery key are enough to open it on another computer.
 * Never the data key itself: each entry is the key sealed by one way in.
 */
export interface KeyFile {
  format: 'hallmarks-keys';
  version: 1;
  /** Sealed by the operating system's key store (Electron's safeStorage), base64. */
  os?: string;
  /** Sealed with the passphrase, where there is no usable key store (browser mode, Linux without one). */
  passphrase?: SecretWrap;
  /** Sealed with the recovery key shown once at set-up. */
  recovery: SecretWrap;
  /** The recovery key itself, sealed with the data key, only until the manager says it is kept safe. */
  pendingRecovery?: Omit<SecretWrap, 'kdf'>;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const secretWrap = z.object({
  kdf: z.object({ name: z.literal('scrypt'), salt: base64, N: z.number(), r: z.number(), p: z.number() }),
  iv: base64,
  tag: base64,
  data: base64,
});
const keyFileSchema = z.object({
  format: z.literal('hallmarks-keys'),
  version: z.literal(1),
  os: base64.optional(),
  passphrase: secretWrap.optional(),
  recovery: secretWrap,
  pendingRecovery: z.object({ iv: base64, tag: base64, data: base64 }).optional(),
});

export const keyFilePath = (dataFile: string) => `${dataFile}.keys`;

/** The copy beside the backups, named after the data file (two data files may share a backups folder). */
export const backupKeyFilePath = (backupsDir: string, dataFile: string) =>
  path.join(backupsDir, `${path.basename(dataFile)}.keys`);

export type KeyFileRead = { kind: 'missing' } | { kind: 'damaged' } | { kind: 'ok'; keys: KeyFile };

export function readKeyFile(file: string): KeyFileRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged' };
  }
  try {
    const parsed = keyFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? { kind: 'ok', keys: parsed.data as KeyFile } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

/**
 * Written to a temporary name, flushed and renamed, readable by this account only (mode 600): a crash
 * leaves the old file or the new one, never half of one.
 */
export function writeKeyFile(file: string, keys: KeyFile): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(keys, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}

/** Makes a rename durable (a no-op where folders cannot be opened, as on Windows). */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; its renames are durable by themselves.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
