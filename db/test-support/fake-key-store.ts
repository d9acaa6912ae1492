import type { OsKeyStore } from '../encryption/unlock';

/** A stand-in key store: AES would be overkill; XOR with this computer's secret and a tag is enough to differ. */
export function fakeKeyStore(secret: number): OsKeyStore {
  return {
    seal: (plain) => Buffer.concat([Buffer.from([secret]), Buffer.from(plain.map((b) => b ^ secret))]),
    open: (sealed) => {
      if (sealed[0] !== secret) throw new Error('another key store');
      return Buffer.from(sealed.subarray(1).map((b) => b ^ secret));
    },
  };
}
