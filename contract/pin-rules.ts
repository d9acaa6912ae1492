/**
 * PINs that others would guess first. A six-digit PIN has a million values, but people pick a few dozen
 * of them far more often than the rest (birth years aside, the top of every leaked-PIN list is runs,
 * repeats and keyboard patterns), so those are refused outright.
 */
const COMMON_PINS = new Set([
  '123456',
  '654321',
  '123123',
  '121212',
  '112233',
  '123321',
  '159753',
  '147258',
  '258369',
  '789456',
  '696969',
  '102030',
  '101010',
  '131313',
  '142536',
  '789789',
  '456456',
  '246810',
  '135790',
  '147852',
  '963852',
]);

/** Every step between neighbouring digits is the same +1 or -1 (wrapping 9 to 0), as in 345678 or 210987. */
function isRun(pin: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i += 1) steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** The PIN is one short block said again and again: 000000, 121212, 123123, 12341234. */
function isRepeatedBlock(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size += 1) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin) return true;
  }
  return false;
}

/** Whether a PIN of digits is one of those people guess first: a repeat, a run or a well-known PIN. */
export function isEasyToGuessPin(pin: string): boolean {
  return COMMON_PINS.has(pin) || isRun(pin) || isRepeatedBlock(pin);
}
