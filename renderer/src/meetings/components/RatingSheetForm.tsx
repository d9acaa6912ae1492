import { useState, type FormEvent } from 'react';
import type { Rating } from '@contract/framework';
import type { RatingSheet } from '@contract/team-rating';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { handler } from '@shared/lib/background';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { FormGroup } from '@shared/ui/FormGroup';
import { useSubmitSheet } from '../api';
import { missingRatings, RatingTable } from './RatingTable';

interface Props {
  sheet: RatingSheet;
  fromPaper: boolean;
  onFinished: () => void;
}

/** One person's ratings, on screen in private or typed in from a paper sheet; saved only when complete. */
export function RatingSheetForm({ sheet, fromPaper, onFinished }: Props) {
  const p = fromPaper ? 'paper' : 'rate';
  const [who, setWho] = useState('');
  const [values, setValues] = useState<Record<string, Rating>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const submit = useSubmitSheet();

  function show(found: Record<string, string>) {
    setErrors(found);
    setAttempt((n) => n + 1);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (submit.isPending) return;
    const missing = missingRatings(sheet, values);
    if (Object.keys(missing).length > 0) return show(missing);
    try {
      await submit.mutateAsync({
        roundId: sheet.roundId,
        // A paper sheet carries no name (the printed sheet says so); on screen, a name is only a record
        // that this person took part, never kept with their ratings.
        staffId: who && !fromPaper ? Number(who) : null,
        fromPaper,
        ratings: Object.entries(values).map(([indicatorKey, rating]) => ({ indicatorKey, rating })),
      });
      onFinished();
    } catch (failure) {
      show(
        failure instanceof ApiError && Object.keys(failure.fields).length > 0
          ? failure.fields
          : { general: messageOf(failure) },
      );
    }
  }

  const summary = Object.entries(errors).map(([key, message]) => ({
    message,
    fieldId: key === 'general' ? undefined : key === 'staffId' ? `${p}-who` : `${p}-${key}`,
  }));
  return (
    <form
      className="form"
      noValidate
      onSubmit={handler(save)}
      aria-label={fromPaper ? 'Paper rating sheet' : 'Your ratings'}
    >
      {summary.length > 0 && <ErrorSummary items={summary} attempt={attempt} />}
      {fromPaper ? (
        <p className="inset-text">
          Paper sheets carry no name: type in the grades exactly as they are on the sheet.
        </p>
      ) : (
        <FormGroup
          id={`${p}-who`}
          label="Your name (optional)"
          hint="Only so the manager knows who has rated: your name is never kept with your ratings. Nobody sees anyone’s own ratings; the meeting shows only how the team’s ratings spread."
          error={errors.staffId}
        >
          {(control) => (
            <select
              id={`${p}-who`}
              name={`${p}-who`}
              className="select"
              value={who}
              onChange={(e) => setWho(e.target.value)}
              {...control}
            >
              <option value="">Rather not say</option>
              {sheet.staff.map((m) => (
                <option key={m.id} value={String(m.id)}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
      )}
      <RatingTable
        sheet={sheet}
        idPrefix={p}
        values={values}
        onChange={(key, rating) => setValues({ ...values, [key]: rating })}
        errors={errors}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={submit.isPending || undefined}>
          {fromPaper ? 'Save this paper sheet' : 'Finish and hide my ratings'}
        </button>
      </div>
    </form>
  );
}
