import type { AppError, ErrorCode } from '../../../contract/result';

/** An operation's failure, as the contract words it, thrown so TanStack Query sees it as an error. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again, and if it keeps happening, restart the app.';
}
