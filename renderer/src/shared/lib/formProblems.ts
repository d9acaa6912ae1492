import type { z } from 'zod';
import { readTypedDate } from '@contract/rules/dates';
import { describeInvalidInput } from '@contract/invalid-input';
import type { Problem } from '@contract/result';
import { ApiError, messageOf } from '../api/ApiError';
import type { SummaryItem } from '../ui/ErrorSummary';

/**
 * Every form's problems, in the shape they cross the contract: each a message, with the contract's name
 * of the field it belongs to (none for a problem of the whole form, such as the app being unreachable).
 */
export type FormProblems = Problem[];

/** Per-field messages ({ urn: 'Enter…' }) as problems, in their order. */
export function fieldProblems(fields: Record<string, string | undefined>): FormProblems {
  return Object.entries(fields).flatMap(([field, message]) => (message ? [{ message, field }] : []));
}

/** Checks input with the contract's own schema, so the page and the app word problems the same way. */
export function checkWith(schema: z.ZodType, input: unknown): FormProblems {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : fieldProblems(describeInvalidInput(parsed.error).fields ?? {});
}

/** The app's refusal as problems: its per-field messages and listed problems, or its one sentence. */
export function problemsFrom(error: unknown): FormProblems {
  if (!(error instanceof ApiError)) return [{ message: messageOf(error) }];
  const problems = fieldProblems(error.fields);
  for (const p of error.problems) {
    if (!problems.some((q) => q.field === p.field && q.message === p.message)) problems.push(p);
  }
  return problems.length > 0 ? problems : [{ message: error.message }];
}

/** What a form shows: the message beside each field (the first for each), and one for the whole form. */
export function viewOf(problems: FormProblems | null): {
  errors: Record<string, string>;
  general?: string;
} {
  const errors: Record<string, string> = {};
  for (const p of problems ?? []) if (p.field && !(p.field in errors)) errors[p.field] = p.message;
  const general = problems?.find((p) => !p.field)?.message;
  return general === undefined ? { errors } : { errors, general };
}

export interface TypedDateSpec {
  text: string;
  /** How the messages name it: "the date of the visit". */
  what: string;
  required?: boolean;
}

/** Reads typed dates by field name: the ISO dates (null for an empty optional one), or the problems. */
export function readDates(
  dates: Record<string, TypedDateSpec>,
): { ok: true; iso: Record<string, string | null> } | { ok: false; problems: FormProblems } {
  const problems: FormProblems = [];
  const iso: Record<string, string | null> = {};
  for (const [field, d] of Object.entries(dates)) {
    const read = readTypedDate(d.text, d.what, d.required ?? true);
    if (read.ok) iso[field] = read.iso;
    else problems.push({ message: read.message, field });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, iso };
}

/** The error summary's items: the whole form's problem, then fields in page order (`ids`: name → element id). */
export function summaryItems(problems: FormProblems, ids: Record<string, string>): SummaryItem[] {
  const { errors, general } = viewOf(problems);
  const items: SummaryItem[] = general ? [{ message: general }] : [];
  for (const [name, fieldId] of Object.entries(ids)) {
    const message = errors[name];
    if (message) items.push({ message, fieldId });
  }
  // A field this form does not show still has its message said, so no problem is ever hidden.
  for (const [name, message] of Object.entries(errors)) if (!(name in ids)) items.push({ message });
  return items;
}
