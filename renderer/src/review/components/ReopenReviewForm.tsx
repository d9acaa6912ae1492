import { useEffect } from 'react';
import { reopenReviewInput } from '@contract/review';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';
import { useReopenReview } from '../api/useReopenReview';
import { checkWith, summaryItems } from '@shared/lib/formProblems';
import { TextArea } from '@shared/ui/TextArea';
import { focusSoon } from '../lib/focusRequest';

/** The reason field: what "Reopen review" links elsewhere focus. */
export const REOPEN_REASON_ID = 'reopen-reason';
const IDS = { reason: REOPEN_REASON_ID, byName: 'reopen-name' };

interface Props {
  reviewId: number;
  onReopened: () => void;
  onCancel: () => void;
}

/** Reopening needs a reason and a name, both kept in the review's history. Opens with the reason focused. */
export function ReopenReviewForm({ reviewId, onReopened, onCancel }: Props) {
  const reopen = useReopenReview();
  const form = useSaveForm({
    initial: { reason: '', byName: '' },
    read: ({ reason, byName }, check) => {
      const input = { reviewId, reason, byName };
      check.add(checkWith(reopenReviewInput, input));
      return input;
    },
    save: reopen.mutateAsync,
    after: 'keep',
    onSaved: onReopened,
  });
  const { problems, errors, attempt } = form;
  useEffect(() => focusSoon(IDS.reason), []);

  return (
    <section className="section reopen" aria-labelledby="reopen-title">
      <h2 className="heading-l" id="reopen-title">
        Reopen this review
      </h2>
      <p>
        Reopening makes the review a draft again so it can be changed, and it will need signing off again.
        Your reason and your name are kept in the review&apos;s history.
      </p>
      <form className="form narrow" noValidate onSubmit={form.onSubmit}>
        {problems && <ErrorSummary items={summaryItems(problems, IDS)} attempt={attempt} />}
        <TextArea
          id={IDS.reason}
          label="Why are you reopening it?"
          hint="For example, a judgement needs changing after the Regulation 44 visit."
          value={form.values.reason}
          onChange={form.set('reason')}
          error={errors.reason}
          rows={3}
        />
        <TextField
          id={IDS.byName}
          label="Your name"
          value={form.values.byName}
          onChange={form.set('byName')}
          error={errors.byName}
          autoComplete="name"
          spellCheck={false}
        />
        <div className="button-group">
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={form.pending || undefined}
          >
            Reopen review
          </button>
          <button type="button" className="button-link" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
