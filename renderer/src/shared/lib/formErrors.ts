import type { z } from 'zod';
import { describeInvalidInput } from '@contract/dispatch';
import { ApiError, messageOf } from '../api/ApiError';
import type { SummaryItem } from '../ui/ErrorSummary';

export interface FormProblems {
  /** Messages beside fields, keyed by the field's name in the contract. */
  fields: Record<string, string>;
  /** A problem that belongs to no one field. */
  general?: string;
}

/** Checks input with the contract's own schema, so the page and the app word problems the same way. */
export function checkWith(schema: z.ZodType, input: unknown): FormProblems | null {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : { fields: describeInvalidInput(parsed.error).fields ?? {} };
}

export function problemsFrom(error: unknown): FormProblems {
  const fields = error instanceof ApiError ? error.fields : {};
  return Object.keys(fields).length > 0 ? { fields } : { fields: {}, general: messageOf(error) };
}

/** The error summary's items, in the order the fields appear; `ids` maps field names to element ids. */
export function summaryItems(problems: FormProblems, ids: Record<string, string>): SummaryItem[] {
  const items: SummaryItem[] = problems.general ? [{ message: problems.general }] : [];
  for (const [name, fieldId] of Object.entries(ids)) {
    const message = problems.fields[name];
    if (message) items.push({ message, fieldId });
  }
  return items;
}
