import path from 'node:path';

/**
 * What may go into the log: event names, ids, counts, versions and error codes. Never a name, a note or
 * any other free text, so a manager can send the file to support without sending anyone's details.
 * Error messages are dropped for the same reason: they can quote what a person typed.
 */
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

export const REDACTED = '[redacted]';

/** Identifiers and codes: letters, digits and _ . : - only, short. Anything with a space is text. */
const TOKEN = /^[A-Za-z0-9_.:-]{1,64}$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const MAX_FRAMES = 12;

export function safeToken(value: unknown): string {
  return typeof value === 'string' && TOKEN.test(value) ? value : REDACTED;
}

export function safeFields(fields: LogFields = {}): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!KEY.test(key) || value === undefined) continue;
    if (typeof value === 'number') out[key] = Number.isFinite(value) ? value : REDACTED;
    else if (typeof value === 'boolean' || value === null) out[key] = value;
    else out[key] = safeToken(value);
  }
  return out;
}

/**
 * One stack line as "function (file.ts:12:5)": the folder is dropped because it holds the person's
 * account name on most computers (C:\Users\<name>\…).
 */
function safeFrame(line: string): string | null {
  const match = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
  if (!match) return null;
  const [, fn, file, row, column] = match;
  const where = `${safeToken(path.basename(file!.replace(/\\/g, '/')))}:${row}:${column}`;
  if (fn === undefined) return where;
  const name = /^[\w.$<> [\]]{1,80}$/.test(fn) ? fn : REDACTED;
  return `${name} (${where})`;
}

export interface SafeError {
  type: string;
  code?: string | number;
  stack?: string[];
  cause?: SafeError;
}

/** The error's kind, code and where it was thrown; never its message. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error };
  const type = safeToken(error.constructor?.name ?? error.name);
  const out: SafeError = { type };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'number' && Number.isFinite(code)) out.code = code;
  else if (typeof code === 'string') out.code = safeToken(code);
  const frames = (error.stack ?? '')
    .split('\n')
    .map(safeFrame)
    .filter((frame): frame is string => frame !== null)
    .slice(0, MAX_FRAMES);
  if (frames.length > 0) out.stack = frames;
  if (error.cause !== undefined && depth < 2) out.cause = safeError(error.cause, depth + 1);
  return out;
}
