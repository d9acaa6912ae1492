import { createCipheriv, createDecipheriv, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ServiceError } from '../../contract/result';

/**
 * The outer envelope of a home file that leaves the computer: the plain home file (JSON), compressed,
 * then encrypted with AES-256-GCM under a key derived from the passphrase by scrypt. What is inside
 * (and checking it) is import-home.ts's business; this only seals and opens.
 *
 * scrypt: N = 2^17, r = 8, p = 1 (OWASP's recommendation for scrypt; 128 MiB and about half a second a
 * try), with a random 16-byte salt. The parameters travel in the header so a later version can raise
 * them and still open older files; a header asking for more than MAX_COST is refused unread, so a forged
 * file cannot make the app spend minutes and gigabytes.
 */
export const ENVELOPE_FORMAT = 'hallmarks-home-encrypted';
const ENVELOPE_VERSION = 1;
const COST = { N: 2 ** 17, r: 8, p: 1 };
const MAX_COST = { N: 2 ** 20, r: 16, p: 4 };
/** 32 bytes of AES key and 32 bytes stored to tell a wrong passphrase from a changed file. */
const DERIVED_LENGTH = 64;
/** Inflating stops here: a home file of this size is far beyond any real home. */
const MAX_PLAIN_BYTES = 256 * 1024 * 1024;

interface Header {
  format: typeof ENVELOPE_FORMAT;
  formatVersion: number;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
  /** Derived from the passphrase with the key: a wrong passphrase is told apart from a changed file. */
  check: string;
}
interface Envelope extends Header {
  tag: string;
  data: string;
}

const refuse = (why: string, field?: string) =>
  new ServiceError(
    'invalid_input',
    `${why} Nothing has been imported.`,
    field ? { passphrase: why } : undefined,
  );

export const WRONG_PASSPHRASE = 'That passphrase does not open this home file. Check it and try again.';
export const NEEDS_PASSPHRASE = 'This home file is encrypted. Type the passphrase it was exported with.';
const CHANGED =
  'This encrypted home file has been changed or damaged since it was exported, so it cannot be opened. Export the home again from the copy of Hallmarks that holds it.';

function derive(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }) {
  const bytes = scryptSync(passphrase.normalize('NFC'), salt, DERIVED_LENGTH, {
    ...cost,
    maxmem: 256 * cost.N * cost.r + 1024 * 1024,
  });
  return { key: bytes.subarray(0, 32), check: bytes.subarray(32) };
}

/** AES-GCM authenticates the header too, so no one can change the parameters or the check unseen. */
const aadOf = (header: Header) => Buffer.from(JSON.stringify(header), 'utf8');

/** Seals a plain home file's text under `passphrase`; returns the envelope's text. */
export function sealHomeFile(text: string, passphrase: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = derive(passphrase, salt, COST);
  const header: Header = {
    format: ENVELOPE_FORMAT,
    formatVersion: ENVELOPE_VERSION,
    kdf: { name: 'scrypt', ...COST, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    check: check.toString('base64'),
  };
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aadOf(header));
  const data = Buffer.concat([cipher.update(deflateRawSync(Buffer.from(text, 'utf8'))), cipher.final()]);
  const envelope: Envelope = {
    ...header,
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return `${JSON.stringify(envelope)}\n`;
}

/** Whether this text is an encrypted home file (rather than a plain one, or something else). */
export function isSealedHomeFile(text: string): boolean {
  return envelopeOf(text) !== null;
}

function envelopeOf(text: string): Record<string, unknown> | null {
  // Cheap test first: the plain home file and other files are not parsed twice.
  if (!text.trimStart().startsWith('{') || !text.includes(ENVELOPE_FORMAT)) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (
      value !== null &&
      typeof value === 'object' &&
      (value as { format?: unknown }).format === ENVELOPE_FORMAT
    )
      return value as Record<string, unknown>;
  } catch {
    // not JSON: not an envelope
  }
  return null;
}

const isBase64 = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(value);
const within = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Reads the envelope's header, refusing one this version does not know or that asks for too much. */
function readEnvelope(raw: Record<string, unknown>): Envelope {
  if (raw.formatVersion !== ENVELOPE_VERSION) {
    throw refuse(
      'This home file was encrypted by a newer version of Hallmarks. Update Hallmarks, then import it again.',
    );
  }
  const kdf = raw.kdf as Record<string, unknown> | null;
  const ok =
    kdf !== null &&
    typeof kdf === 'object' &&
    kdf.name === 'scrypt' &&
    within(kdf.N, 2, MAX_COST.N) &&
    ((kdf.N as number) & ((kdf.N as number) - 1)) === 0 &&
    within(kdf.r, 1, MAX_COST.r) &&
    within(kdf.p, 1, MAX_COST.p) &&
    isBase64(kdf.salt) &&
    raw.cipher === 'aes-256-gcm' &&
    [raw.iv, raw.check, raw.tag, raw.data].every(isBase64);
  if (!ok) throw refuse(CHANGED);
  return {
    format: ENVELOPE_FORMAT,
    formatVersion: ENVELOPE_VERSION,
    kdf: {
      name: 'scrypt',
      N: kdf.N as number,
      r: kdf.r as number,
      p: kdf.p as number,
      salt: kdf.salt as string,
    },
    cipher: 'aes-256-gcm',
    iv: raw.iv as string,
    check: raw.check as string,
    tag: raw.tag as string,
    data: raw.data as string,
  };
}

/**
 * The plain home file inside an envelope, or `text` itself when it is not encrypted (files exported
 * unencrypted, or by earlier versions). A wrong passphrase and a changed file are refused in words
 * that say which, and nothing is read past the refusal.
 */
export function openHomeFile(text: string, passphrase: string | undefined): string {
  const raw = envelopeOf(text);
  if (!raw) return text;
  const envelope = readEnvelope(raw);
  if (!passphrase) throw refuse(NEEDS_PASSPHRASE, 'passphrase');
  const { tag, data, ...header } = envelope;
  const { key, check } = derive(passphrase, Buffer.from(header.kdf.salt, 'base64'), header.kdf);
  const stored = Buffer.from(header.check, 'base64');
  if (stored.length !== check.length || !timingSafeEqual(stored, check))
    throw refuse(WRONG_PASSPHRASE, 'passphrase');
  let compressed: Buffer;
  try {
    // The tag's length is fixed: GCM would otherwise accept a cut-down tag, which is far easier to forge.
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'), {
      authTagLength: 16,
    });
    decipher.setAAD(aadOf(header));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    compressed = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
  } catch {
    throw refuse(CHANGED);
  }
  try {
    return inflateRawSync(compressed, { maxOutputLength: MAX_PLAIN_BYTES }).toString('utf8');
  } catch {
    throw refuse(CHANGED);
  }
}
