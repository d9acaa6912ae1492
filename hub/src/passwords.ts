import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id: the package declares a const enum, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm;

/**
 * Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): about 20 ms a sign-in on this machine. The
 * parameters are stored inside each hash, so raising them later still verifies older passwords.
 */
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMETERS);

export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verified when an email is unknown, so a wrong address takes as long as a wrong password. */
let decoy: Promise<string> | null = null;
export async function spendDecoyVerify(password: string): Promise<void> {
  decoy ??= hashPassword('decoy password that matches nothing');
  await passwordMatches(await decoy, password);
}
