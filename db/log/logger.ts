import pino from 'pino';
import { createRotatingFile, type RotatingFileOptions } from './rotating-file';
import { safeError, safeFields, safeToken, type LogFields } from './safe-fields';

export interface Log {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields, error?: unknown): void;
  error(event: string, fields?: LogFields, error?: unknown): void;
}

interface Destination {
  write(line: string): void;
}

let destination: Destination | null = null;

// pino formats the lines; where they go is ours, written synchronously (no worker thread to bundle or
// lose lines in when the app exits). Before startLogging nothing is written, so tests stay quiet.
const writer = pino(
  {
    base: undefined,
    messageKey: 'event',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  {
    write(line: string) {
      try {
        destination?.write(line);
      } catch {
        // A full disk or a locked file must never stop the app; the log is a help, not a duty.
      }
    },
  },
);

function entry(event: string, fields: LogFields | undefined, error: unknown) {
  const safe: Record<string, unknown> = safeFields(fields);
  if (error !== undefined) safe.error = safeError(error);
  return [safe, safeToken(event)] as const;
}

/** The app's one log. Events are short codes ("operation_failed"); fields are ids, counts and codes. */
export const log: Log = {
  info: (event, fields) => writer.info(...entry(event, fields, undefined)),
  warn: (event, fields, error) => writer.warn(...entry(event, fields, error)),
  error: (event, fields, error) => writer.error(...entry(event, fields, error)),
};

/** Sends the log to a size-capped file (main: the user data folder; browser mode: the data folder). */
export function startLogging(options: RotatingFileOptions): string {
  destination = createRotatingFile(options);
  return options.file;
}

/** For tests: stop writing (or write somewhere else). */
export function setLogDestination(next: Destination | null): void {
  destination = next;
}
