/** What every operation returns, across IPC or HTTP: errors cross intact, never as thrown exceptions. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_operation'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  /** The app is in locked mode and this operation is not one the mode allows. */
  | 'locked'
  /** The app lock is on (contract/app-lock.ts): nothing runs until the manager unlocks it. */
  | 'app_locked'
  /** The disk refused the write (full, read-only, disconnected); the message says what to do. */
  | 'storage'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** A sentence a person can act on. */
  message: string;
  /** Per-field messages, keyed by the field's name, for showing beside the field. */
  fields?: Record<string, string>;
  /** Each thing wrong or still needed, as data: shown under the message, each linked to its place. */
  problems?: Problem[];
  /** Per-field warnings about unlikely values: the caller may send the same input again to save anyway. */
  warnings?: Record<string, string>;
}

/**
 * One problem, with where it is put right: a domain (and the indicator in it), or a field by its name
 * in the contract. The renderer links it there without reading the words.
 */
export interface Problem {
  message: string;
  domainKey?: string;
  indicatorKey?: string;
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown by services for failures a person should read; anything else is reported as internal. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly problems?: Problem[],
    readonly warnings?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
