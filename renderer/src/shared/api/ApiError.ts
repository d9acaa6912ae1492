import type { AppError, ErrorCode } from '@contract/result';

/** An operation's failure, as the contract words it, thrown so TanStack Query sees it as an error. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  /** A list to show under the message, such as everything a review still needs. */
  readonly details: string[];
  /** Unlikely values the caller may save anyway, by field. */
  readonly warnings: Record<string, string>;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? {};
    this.details = error.details ?? [];
    this.warnings = error.warnings ?? {};
  }
}

export function detailsOf(error: unknown): string[] {
  return error instanceof ApiError ? error.details : [];
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again, and if it keeps happening, restart the app.';
}
