import type { SafeStorage } from 'electron';
import type { OsKeyStore } from '../db/encryption/unlock';

type SafeStorageParts = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>;

/**
 * The operating system's key store (DPAPI, Keychain, libsecret or KWallet) through Electron's safeStorage,
 * or null where there is none worth the name: on Linux without a key store Electron falls back to a
 * password written into Chromium itself ("basic_text"), which protects nothing, so a passphrase is used.
 */
export function osKeyStore(safe: SafeStorageParts, platform: NodeJS.Platform): OsKeyStore | null {
  if (!safe.isEncryptionAvailable()) return null;
  if (platform === 'linux') {
    const backend = safe.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return null;
  }
  return {
    seal: (plain) => safe.encryptString(plain.toString('base64')),
    open: (sealed) => Buffer.from(safe.decryptString(sealed), 'base64'),
  };
}
