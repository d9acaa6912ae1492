import type { AppError, ErrorCode, Problem } from '@contract/result';

/** An operation's failure, as the contract words it, thrown so TanStack Query sees it as an error. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  /** Each problem with where it is put right, such as everything a review still needs. */
  readonly problems: Problem[];
  /** Unlikely values the caller may save anyway, by field. */
  readonly warnings: Record<string, string>;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? {};
    this.problems = error.problems ?? [];
    this.warnings = error.warnings ?? {};
  }
}

export function problemsOf(error: unknown): Problem[] {
  return error instanceof ApiError ? error.problems : [];
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again, and if it keeps happening, restart the app.';
}
