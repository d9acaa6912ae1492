import { createHash, randomBytes } from 'node:crypto';

/** Tokens and credentials are 32 random bytes: a fast hash is enough to keep only their fingerprint. */
export const fingerprint = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const newToken = (): string => randomBytes(32).toString('base64url');

// No 0/O or 1/I/L: an enrolment code is read aloud or typed from a message.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Four groups of four (about 79 bits), for example "K7MR-2QXH-9DPA-WNZ4". */
export function newEnrolmentCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** A temporary password from a reset: read out or typed like a code, and longer than the 12 asked for. */
export const newTemporaryPassword = (): string => newEnrolmentCode();

/** Codes are compared without spaces, dashes or case, as people type them. */
export const normaliseCode = (code: string): string =>
  code
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/(.{4})(?=.)/g, '$1-');
