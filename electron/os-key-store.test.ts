import { describe, expect, it } from 'vitest';
import { osKeyStore } from './os-key-store';

/** A stand-in for safeStorage that seals by reversing and tagging (only the plumbing is tested here). */
function fakeSafeStorage(available: boolean, backend: string) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>,
    encryptString: (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptString: (sealed: Buffer) => [...sealed.toString().replace(/^sealed:/, '')].reverse().join(''),
  };
}

describe('the OS key store', () => {
  it('seals and opens the data key through safeStorage', () => {
    const store = osKeyStore(fakeSafeStorage(true, 'gnome_libsecret'), 'linux')!;
    const key = Buffer.alloc(32, 7);
    const sealed = store.seal(key);
    expect(sealed.includes(key)).toBe(false);
    expect(store.open(sealed).equals(key)).toBe(true);
  });

  it("is not used where safeStorage is unavailable or only Linux's clear-text fallback", () => {
    expect(osKeyStore(fakeSafeStorage(false, 'gnome_libsecret'), 'linux')).toBeNull();
    expect(osKeyStore(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeNull();
    expect(osKeyStore(fakeSafeStorage(true, 'unknown'), 'linux')).toBeNull();
    expect(osKeyStore(fakeSafeStorage(true, 'unknown'), 'win32')).not.toBeNull();
  });
});
