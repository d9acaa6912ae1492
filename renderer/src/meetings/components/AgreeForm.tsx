import { useState, type FormEvent } from 'react';
import type { Rating } from '@contract/framework';
import { agreeRatingInput, type AgendaIndicator } from '@contract/team-meeting';
import { GRADE_WORDS } from '@contract/rules/team-rules';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { checkWith } from '@shared/lib/formProblems';
import { FormGroup } from '@shared/ui/FormGroup';
import { TextArea } from '@shared/ui/TextArea';
import { useMeetingSave } from '../api';

const CHOICES: Rating[] = [4, 3, 2, 1, 0];

/** Records the rating the team agreed and why; it becomes the review's rating. */
export function AgreeForm({ reviewId, indicator }: { reviewId: number; indicator: AgendaIndicator }) {
  const p = `agree-${indicator.key}`;
  const [rating, setRating] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [message, setMessage] = useState('');
  const form = useFormProblems(p);
  const errors = form.errors;
  const save = useMeetingSave('meeting.agree', reviewId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const input = {
      reviewId,
      indicatorKey: indicator.key,
      rating: rating === '' ? undefined : (Number(rating) as Rating),
      reasoning,
    };
    const invalid = checkWith(agreeRatingInput, input);
    if (invalid.length > 0) {
      setMessage('');
      return form.fail(invalid);
    }
    try {
      await save.mutateAsync({ ...input, rating: input.rating! });
      form.clear();
      setMessage(`Agreed rating recorded: ${GRADE_WORDS[input.rating!]}.`);
      setReasoning('');
    } catch (failure) {
      setMessage('');
      form.failWith(failure);
    }
  }

  const latest = indicator.agreed.at(-1);
  return (
    <form
      className="form"
      noValidate
      onSubmit={handler(submit)}
      aria-label={`Agree a rating for ${indicator.number}`}
    >
      {latest && (
        <p className="meeting-mode__agreed">
          Agreed: {GRADE_WORDS[latest.rating]}
          {latest.earlier !== null && ` (the review had ${GRADE_WORDS[latest.earlier]})`}. {latest.reasoning}
        </p>
      )}
      <FormProblem message={form.general} />
      <FormGroup id={`${p}-rating`} label="Agreed rating" error={errors.rating}>
        {(control) => (
          <select
            id={`${p}-rating`}
            name={`${p}-rating`}
            className="select"
            value={rating}
            onChange={(e) => setRating(e.target.value)}
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
      <TextArea
        id={`${p}-reasoning`}
        label="Why the team agreed this"
        value={reasoning}
        onChange={setReasoning}
        error={errors.reasoning}
        rows={3}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          Record agreed rating
        </button>
      </div>
      <p className="status-message" role="status">
        {message}
      </p>
    </form>
  );
}
