import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { completionRefusal, missingForCompletion } from '@contract/rules/completion';
import type { Framework } from '@contract/framework';
import type { RecordFact } from '@contract/rules/records-say';
import type { Problem } from '@contract/result';
import { completeReviewInput, type ReviewDetail } from '@contract/review';
import { SCCIF_AREAS } from '@contract/rules/sccif';
import { problemsOf } from '@shared/api/ApiError';
import { reviewKeys } from '../api/reviewKeys';
import { parseTypedDate } from '@contract/rules/dates';
import { checkWith, problemsFrom, viewOf, type FormProblems } from '@shared/lib/formProblems';
import { useCompleteReview } from '../api/useCompleteReview';
import { allSavesSettled } from '../autosave/saveQueue';

/** The sign-off fields' element ids, keyed by the contract's field names (the error summary's order). */
export const SIGN_OFF_IDS = {
  signedByName: 'signoff-name',
  signedByRole: 'signoff-role',
  signedOn: 'signoff-date',
};

/** The summary fields' element ids, keyed by the field names the app's problems use. */
export const SUMMARY_IDS: Record<string, string> = {
  strengths: 'summary-strengths',
  improvements: 'summary-improvements',
  overall: 'overall-judgement',
  ...Object.fromEntries(
    SCCIF_AREAS.flatMap((area) => [
      [`sccif.${area}`, `sccif-${area}`],
      [`sccif.${area}.reason`, `sccif-${area}-reason`],
    ]),
  ),
};

const SIGN_OFF_DATE = {
  empty: 'Enter the date of sign-off, for example 26/11/2026',
  future: 'Enter a date of sign-off that is today or earlier',
  example: '26/11/2026',
};

export interface SignOffValues {
  name: string;
  role: string;
  date: string;
}

/** One thing in the list, with where it is put right: a domain's step, or a field on this page. */
export interface LinkedProblem {
  message: string;
  domainKey?: string;
  fieldId?: string;
}

export interface Refusal {
  message: string;
  items: LinkedProblem[];
}

const linked = (problem: Problem): LinkedProblem => ({
  message: problem.message,
  domainKey: problem.domainKey,
  fieldId: problem.field
    ? (SUMMARY_IDS[problem.field] ?? SIGN_OFF_IDS[problem.field as keyof typeof SIGN_OFF_IDS])
    : undefined,
});

/**
 * Signing off: checks the fields here (messages beside them), waits for every autosave to land, then
 * asks the app, whose refusal lists everything the review still needs. Every problem shows at once: a
 * field left empty here does not hide what the review still needs (worked out by the same rules as the
 * app, from the review as saved), and the list carries the sign-off problems too.
 */
export function useCompletion(reviewId: number, framework: Framework, flushPage: () => Promise<void>) {
  const queryClient = useQueryClient();
  const complete = useCompleteReview();
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempt, setAttempt] = useState(0);

  function refuse(missing: Problem[], signOffProblems: FormProblems | null) {
    const { errors } = viewOf(signOffProblems);
    const signOff = Object.entries(SIGN_OFF_IDS).flatMap(([name, fieldId]) => {
      const message = errors[name];
      return message ? [{ message, fieldId }] : [];
    });
    const items = [...missing.map(linked), ...signOff];
    setProblems(signOffProblems);
    setRefusal({ message: completionRefusal(items.length), items });
  }

  async function submit(values: SignOffValues): Promise<boolean> {
    if (complete.isPending) return false;
    setAttempt((n) => n + 1);
    const date = parseTypedDate(values.date, SIGN_OFF_DATE);
    const input = {
      reviewId,
      signedByName: values.name,
      signedByRole: values.role,
      signedOn: date.ok ? date.iso : '',
    };
    const invalid = checkWith(completeReviewInput, { ...input, signedOn: date.ok ? date.iso : '2000-01-01' });
    try {
      await flushPage();
      await allSavesSettled();
      if (invalid.length > 0 || !date.ok) {
        const signOffProblems = date.ok
          ? invalid
          : [...invalid, { message: date.message, field: 'signedOn' }];
        const saved = queryClient.getQueryData<ReviewDetail>(reviewKeys.detail(reviewId));
        const facts = queryClient.getQueryData<{ facts: RecordFact[] }>(reviewKeys.records(reviewId))?.facts;
        const missing = saved ? missingForCompletion(saved, framework, facts) : [];
        if (missing.length > 0) refuse(missing, signOffProblems);
        else {
          setRefusal(null);
          setProblems(signOffProblems);
        }
        return false;
      }
      setProblems(null);
      await complete.mutateAsync(input);
      setRefusal(null);
      return true;
    } catch (error) {
      const missing = problemsOf(error);
      if (missing.length > 0) refuse(missing, null);
      else {
        setRefusal(null);
        setProblems(problemsFrom(error));
      }
      return false;
    }
  }

  return { submit, problems, refusal, attempt, pending: complete.isPending };
}
