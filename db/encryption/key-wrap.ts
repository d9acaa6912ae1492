import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/**
 * Wrapping the data key: AES-256-GCM from Node's crypto under a key stretched from a passphrase or a
 * recovery key with scrypt. The parameters travel with each wrap, so they can be raised later without
 * stranding older files. Nothing here is hand-made cryptography: it only calls Node's.
 */
export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt recommendation (N = 2^17, r = 8, p = 1): about 128 MiB and a fraction of a second. */
export const SCRYPT_DEFAULTS: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };

export interface SecretWrap {
  kdf: { name: 'scrypt'; salt: string } & ScryptParameters;
  iv: string;
  tag: string;
  data: string;
}

/** Bounds on parameters read from a file, so a tampered key file cannot make the app exhaust its memory. */
function checkParameters({ N, r, p }: ScryptParameters): void {
  const powerOfTwo = Number.isInteger(N) && N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  if (!powerOfTwo || !Number.isInteger(r) || r < 1 || r > 16 || !Number.isInteger(p) || p < 1 || p > 4)
    throw new Error('The key file has key-stretching settings Hallmarks does not use.');
}

function stretch(secret: string, salt: Buffer, parameters: ScryptParameters): Buffer {
  checkParameters(parameters);
  const { N, r, p } = parameters;
  return scryptSync(secret.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

/** GCM's additional data ties each wrap to its purpose, so one kind of wrap cannot be passed off as another. */
export function sealWithKey(key: Buffer, plain: Buffer, purpose: string): Omit<SecretWrap, 'kdf'> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(purpose, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** Throws when the key is wrong or the wrap was changed (GCM's tag does not match). */
export function openWithKey(key: Buffer, wrap: Omit<SecretWrap, 'kdf'>, purpose: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(wrap.iv, 'base64'));
  decipher.setAAD(Buffer.from(purpose, 'utf8'));
  decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(wrap.data, 'base64')), decipher.final()]);
}

export function sealWithSecret(
  secret: string,
  plain: Buffer,
  purpose: string,
  parameters: ScryptParameters = SCRYPT_DEFAULTS,
): SecretWrap {
  const salt = randomBytes(16);
  const sealed = sealWithKey(stretch(secret, salt, parameters), plain, purpose);
  return { kdf: { name: 'scrypt', salt: salt.toString('base64'), ...parameters }, ...sealed };
}

/** The wrapped bytes, or null when the secret is not the one it was sealed with. */
export function openWithSecret(secret: string, wrap: SecretWrap, purpose: string): Buffer | null {
  const key = stretch(secret, Buffer.from(wrap.kdf.salt, 'base64'), wrap.kdf);
  try {
    return openWithKey(key, wrap, purpose);
  } catch {
    return null;
  }
}
