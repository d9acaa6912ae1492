import { useState } from 'react';
import type { FrameworkDomain } from '@contract/framework';
import { completeReviewInput } from '@contract/review';
import { detailsOf } from '@shared/api/ApiError';
import { useCompleteReview } from '../api/useCompleteReview';
import { allSavesSettled } from '../autosave/saveQueue';
import { parseTypedDate } from '@shared/lib/dates';
import { checkWith, problemsFrom, type FormProblems } from '@shared/lib/formErrors';
import { linkMissingItems, type MissingItem } from '../lib/missingItems';

/** The sign-off fields' element ids, keyed by the contract's field names (the error summary's order). */
export const SIGN_OFF_IDS = {
  signedByName: 'signoff-name',
  signedByRole: 'signoff-role',
  signedOn: 'signoff-date',
};

export interface SignOffValues {
  name: string;
  role: string;
  date: string;
}

export interface Refusal {
  message: string;
  items: MissingItem[];
}

/**
 * Signing off: checks the fields here first (messages beside them), waits for every autosave to land,
 * then asks the app, whose refusal lists everything the review still needs.
 */
export function useCompletion(reviewId: number, domains: FrameworkDomain[], flushPage: () => Promise<void>) {
  const complete = useCompleteReview();
  const [problems, setProblems] = useState<FormProblems | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function submit(values: SignOffValues): Promise<boolean> {
    if (complete.isPending) return false;
    setAttempt((n) => n + 1);
    const date = parseTypedDate(values.date);
    const input = {
      reviewId,
      signedByName: values.name,
      signedByRole: values.role,
      signedOn: date.ok ? date.iso : '',
    };
    const invalid = checkWith(completeReviewInput, { ...input, signedOn: date.ok ? date.iso : '2000-01-01' });
    if (invalid || !date.ok) {
      setRefusal(null);
      setProblems({ fields: { ...invalid?.fields, ...(date.ok ? {} : { signedOn: date.message }) } });
      return false;
    }
    setProblems(null);
    try {
      await flushPage();
      await allSavesSettled();
      await complete.mutateAsync(input);
      setRefusal(null);
      return true;
    } catch (error) {
      const details = detailsOf(error);
      if (details.length > 0) {
        setRefusal({ message: (error as Error).message, items: linkMissingItems(details, domains) });
      } else {
        setRefusal(null);
        setProblems(problemsFrom(error));
      }
      return false;
    }
  }

  return { submit, problems, refusal, attempt, pending: complete.isPending };
}
