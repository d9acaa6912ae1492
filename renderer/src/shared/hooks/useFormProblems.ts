import { useState } from 'react';
import type { FormProblems } from '../lib/formErrors';
import { useErrorInTitle } from './useErrorInTitle';

/**
 * A form's problems: shown beside fields and in the error summary, with an attempt count so the summary
 * takes focus again on each failed submit, and "Error:" in the window title while any show.
 */
export function useFormProblems() {
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [attempt, setAttempt] = useState(0);
  useErrorInTitle(problems !== null);
  return {
    problems,
    attempt,
    fail(next: FormProblems) {
      setProblems(next);
      setAttempt((n) => n + 1);
    },
    clear: () => setProblems(null),
  };
}
