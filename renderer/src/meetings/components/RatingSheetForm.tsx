import { useState, type FormEvent } from 'react';
import type { Rating } from '@contract/framework';
import type { RatingSheet } from '@contract/team-rating';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { summaryItems } from '@shared/lib/formProblems';
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
  const form = useFormProblems();
  const errors = form.errors;
  const submit = useSubmitSheet();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (submit.isPending) return;
    const missing = missingRatings(sheet, values);
    if (Object.keys(missing).length > 0) return form.show(missing);
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
      form.failWith(failure);
    }
  }

  // Where each problem is put right, in page order: the name, then each indicator's row.
  const ids: Record<string, string> = fromPaper ? {} : { staffId: `${p}-who` };
  for (const d of sheet.domains) for (const i of d.indicators) ids[i.key] = `${p}-${i.key}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={handler(save)}
      aria-label={fromPaper ? 'Paper rating sheet' : 'Your ratings'}
    >
      {form.problems && <ErrorSummary items={summaryItems(form.problems, ids)} attempt={form.attempt} />}
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
