/** What every operation returns, across IPC or HTTP: errors cross intact, never as thrown exceptions. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_operation'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  /** The disk refused the write (full, read-only, disconnected); the message says what to do. */
  | 'storage'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** A sentence a person can act on. */
  message: string;
  /** Per-field messages, keyed by the field's name, for showing beside the field. */
  fields?: Record<string, string>;
  /** A list to show under the message, such as everything still missing before a review can be completed. */
  details?: string[];
  /** Per-field warnings about unlikely values: the caller may send the same input again to save anyway. */
  warnings?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown by services for failures a person should read; anything else is reported as internal. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: string[],
    readonly warnings?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
