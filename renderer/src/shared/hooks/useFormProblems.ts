import { useState } from 'react';
import {
  fieldProblems,
  problemsFrom,
  readDates,
  viewOf,
  type FormProblems,
  type TypedDateSpec,
} from '../lib/formProblems';
import { useErrorInTitle } from './useErrorInTitle';

/**
 * The one model of a form's problems (see formProblems.ts): shown beside fields and, where the form has
 * one, in its error summary, with an attempt count so the summary takes focus again on each failed
 * submit, and "Error:" in the window title while any show. Forms without a summary pass `focusPrefix`:
 * a failure then takes the person to the first field with a problem (its id is `${focusPrefix}-${field}`).
 */
export function useFormProblems(focusPrefix?: string) {
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [attempt, setAttempt] = useState(0);
  useErrorInTitle(problems !== null);

  function fail(next: FormProblems) {
    setProblems(next);
    setAttempt((n) => n + 1);
    const first = next.find((p) => p.field)?.field;
    if (focusPrefix && first) document.getElementById(`${focusPrefix}-${first}`)?.focus();
  }

  return {
    problems,
    attempt,
    ...viewOf(problems),
    fail,
    /** Shows why the app refused the save. */
    failWith: (error: unknown) => fail(problemsFrom(error)),
    /** Shows problems the page found, by field name. */
    show: (found: Record<string, string>) => fail(fieldProblems(found)),
    /**
     * Reads typed dates, after any problems the page found already (by field name); returns ISO dates (null
     * for an empty optional one), or null after showing every problem.
     */
    readDates(dates: Record<string, TypedDateSpec>, found: Record<string, string> = {}) {
      const read = readDates(dates);
      const all = [...fieldProblems(found), ...(read.ok ? [] : read.problems)];
      if (all.length > 0) {
        fail(all);
        return null;
      }
      return read.ok ? read.iso : null;
    },
    clear: () => setProblems(null),
  };
}
