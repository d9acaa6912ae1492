import { HOME_FILE_FORMAT } from '../../contract/home-file';
import { ServiceError } from '../../contract/result';
import { damagedFile } from './damaged-file';

/** A home file nests root → tables → table → rows → row → value → blob: anything deeper is not ours. */
const MAX_DEPTH = 12;

const NOT_OURS = new ServiceError(
  'invalid_input',
  'This file is not a Hallmarks home file. Choose a file that Hallmarks made with "Export this home" or `npm run export`. Nothing has been imported.',
);

/** The deepest nesting of brackets outside strings, stopping as soon as it passes `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let n = 0; n < text.length; n++) {
    const c = text.charCodeAt(n);
    if (inString) {
      if (c === 0x5c)
        n++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Whether the text begins as every home file does, so a broken one is called damaged, not foreign. */
const startsAsOurs = (text: string) =>
  new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${HOME_FILE_FORMAT}"`).test(text);

/**
 * The file's JSON as an object, or a clear refusal. A byte-order mark (which some editors add, and a
 * browser drops when it reads a file) is dropped here too, so the app and `npm run import` agree. The
 * nesting is measured before parsing: a file nested thousands deep would overflow the stack later on.
 */
export function parseHomeFileText(text: string): Record<string, unknown> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const ours = startsAsOurs(body);
  if (nestingDepth(body, MAX_DEPTH) > MAX_DEPTH) {
    if (ours) throw damagedFile('its contents are nested far deeper than any home file', 'the whole file');
    throw NOT_OURS;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    if (ours)
      throw damagedFile(
        'it is cut short or its text is broken',
        `${body.length.toLocaleString('en-GB')} characters long`,
      );
    throw NOT_OURS;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw NOT_OURS;
  if ((value as Record<string, unknown>).format !== HOME_FILE_FORMAT) throw NOT_OURS;
  return value as Record<string, unknown>;
}
