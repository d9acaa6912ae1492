import type { Rating } from '@contract/framework';
import { agreeRatingInput, type AgendaIndicator } from '@contract/team-meeting';
import { GRADE_WORDS } from '@contract/rules/team-rules';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { checkWith } from '@shared/lib/formProblems';
import { FormGroup } from '@shared/ui/FormGroup';
import { TextArea } from '@shared/ui/TextArea';
import { useMeetingSave } from '../api';

const CHOICES: Rating[] = [4, 3, 2, 1, 0];

/** Records the rating the team agreed and why; it becomes the review's rating. */
export function AgreeForm({ reviewId, indicator }: { reviewId: number; indicator: AgendaIndicator }) {
  const p = `agree-${indicator.key}`;
  const save = useMeetingSave('meeting.agree', reviewId);
  const form = useSaveForm({
    idPrefix: p,
    initial: { rating: '', reasoning: '' },
    read: (v, check) => {
      const input = {
        reviewId,
        indicatorKey: indicator.key,
        rating: v.rating === '' ? undefined : (Number(v.rating) as Rating),
        reasoning: v.reasoning,
      };
      check.add(checkWith(agreeRatingInput, input));
      return { ...input, rating: input.rating! };
    },
    save: save.mutateAsync,
    after: (v) => ({ ...v, reasoning: '' }),
    savedMessage: (_r, input) => `Agreed rating recorded: ${GRADE_WORDS[input.rating]}.`,
  });
  const errors = form.errors;

  const latest = indicator.agreed.at(-1);
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={`Agree a rating for ${indicator.number}`}
    >
      {latest && (
        <p className="meeting-mode__agreed">
          {/* The manager's own rating stays beside the agreed one, so what moved is plain. */}
          Manager’s own rating: {indicator.own === null ? 'not rated' : GRADE_WORDS[indicator.own]}; agreed:{' '}
          {GRADE_WORDS[latest.rating]}. {latest.reasoning}
        </p>
      )}
      <FormProblem message={form.general} />
      <FormGroup id={`${p}-rating`} label="Agreed rating" error={errors.rating}>
        {(control) => (
          <select
            id={`${p}-rating`}
            name={`${p}-rating`}
            className="select"
            value={form.values.rating}
            onChange={(e) => form.set('rating')(e.target.value)}
            {...control}
          >
            <option value="">Choose</option>
            {CHOICES.map((r) => (
              <option key={r} value={String(r)}>
                {r === 0 ? 'Not enough evidence yet' : GRADE_WORDS[r]}
              </option>
            ))}
          </select>
        )}
      </FormGroup>
      <TextArea label="Why the team agreed this" rows={3} {...form.bind('reasoning')} />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          Record agreed rating
        </button>
      </div>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
