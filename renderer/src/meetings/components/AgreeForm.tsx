import { useState, type FormEvent } from 'react';
import type { Rating } from '@contract/framework';
import type { AgendaIndicator } from '@contract/team-meeting';
import { GRADE_WORDS } from '@contract/team-rules';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { handler } from '@shared/lib/background';
import { FormGroup } from '@shared/ui/FormGroup';
import { TextArea } from '@shared/ui/TextArea';
import { useMeetingSave } from '../api';

const CHOICES: Rating[] = [4, 3, 2, 1, 0];

/** Records the rating the team agreed and why; it becomes the review's rating. */
export function AgreeForm({ reviewId, indicator }: { reviewId: number; indicator: AgendaIndicator }) {
  const p = `agree-${indicator.key}`;
  const [rating, setRating] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const save = useMeetingSave('meeting.agree', reviewId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<string, string> = {};
    if (rating === '') found.rating = 'Choose the agreed rating';
    if (!reasoning.trim()) found.reasoning = 'Enter the reasoning for the agreed rating';
    setErrors(found);
    if (Object.keys(found).length > 0)
      return document.getElementById(`${p}-${Object.keys(found)[0]}`)?.focus();
    try {
      await save.mutateAsync({
        reviewId,
        indicatorKey: indicator.key,
        rating: Number(rating) as Rating,
        reasoning,
      });
      setMessage(`Agreed rating recorded: ${GRADE_WORDS[Number(rating) as Rating]}.`);
      setReasoning('');
    } catch (failure) {
      setErrors(
        failure instanceof ApiError && Object.keys(failure.fields).length > 0
          ? failure.fields
          : { general: messageOf(failure) },
      );
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
      {errors.general && <p className="error-message">{errors.general}</p>}
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
