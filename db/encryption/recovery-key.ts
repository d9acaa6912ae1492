import { randomInt } from 'node:crypto';

/**
 * Crockford's base 32: digits and capitals without I, L, O and U, so a code copied by hand from paper
 * cannot be misread (an O typed for a 0, an I or L for a 1 is taken as meant).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 8;
const GROUP_SIZE = 5;

/** A new recovery key: 40 characters (200 random bits) in groups of five, e.g. "7K3QM-…". */
export function newRecoveryKey(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = '';
    for (let i = 0; i < GROUP_SIZE; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * The key as typed, in its one canonical form, or null when it cannot be one: spaces, dashes and case do
 * not matter, and the letters people confuse with digits are read as the digits.
 */
export function normaliseRecoveryKey(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== GROUPS * GROUP_SIZE || [...plain].some((c) => !ALPHABET.includes(c))) return null;
  return plain.match(new RegExp(`.{${GROUP_SIZE}}`, 'g'))!.join('-');
}

/** What the command-line tools print when they set up a data file's key. */
export function recoveryKeyNotice(recoveryKey: string): string {
  return [
    'Hallmarks encrypted this data file. Its recovery key is:',
    '',
    `    ${recoveryKey}`,
    '',
    "Print it or write it down now and keep it with the home's records. It opens the data on another",
    'computer, or if the passphrase is lost. Without it, and without the passphrase, nobody can open the data.',
  ].join('\n');
}
