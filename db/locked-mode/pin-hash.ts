// Used for the manager’s PIN and for the manager’s password alike.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
// scrypt's defaults (N = 16384, r = 8, p = 1): about 50 ms a try, which with the wait after wrong PINs
// keeps guessing slow; the hash alone, copied off the computer, still costs that much per guess.
const COST = { N: 16384, r: 8, p: 1 };

export interface PinHash {
  salt: Buffer;
  hash: Buffer;
}

export function hashPin(pin: string): PinHash {
  const salt = randomBytes(16);
  return { salt, hash: scryptSync(pin, salt, KEY_LENGTH, COST) };
}

export function pinMatches(pin: string, stored: PinHash): boolean {
  const candidate = scryptSync(pin, stored.salt, KEY_LENGTH, COST);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
