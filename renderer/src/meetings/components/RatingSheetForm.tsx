import type { Rating } from '@contract/framework';
import type { RatingSheet } from '@contract/team-rating';
import { useSaveForm } from '@shared/forms/useSaveForm';
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
  const submit = useSubmitSheet();
  const form = useSaveForm({
    initial: { who: '', ratings: {} as Record<string, Rating> },
    read: ({ who, ratings }, check) => {
      check.found(missingRatings(sheet, ratings));
      return {
        roundId: sheet.roundId,
        // A paper sheet carries no name (the printed sheet says so); on screen, a name is only a record
        // that this person took part, never kept with their ratings.
        staffId: who && !fromPaper ? Number(who) : null,
        fromPaper,
        ratings: Object.entries(ratings).map(([indicatorKey, rating]) => ({ indicatorKey, rating })),
      };
    },
    save: submit.mutateAsync,
    after: 'keep',
    onSaved: onFinished,
  });
  const errors = form.errors;

  // Where each problem is put right, in page order: the name, then each indicator's row.
  const ids: Record<string, string> = fromPaper ? {} : { staffId: `${p}-who` };
  for (const d of sheet.domains) for (const i of d.indicators) ids[i.key] = `${p}-${i.key}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit}
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
              value={form.values.who}
              onChange={(e) => form.set('who')(e.target.value)}
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
        values={form.values.ratings}
        onChange={(key, rating) => form.set('ratings')({ ...form.values.ratings, [key]: rating })}
        errors={errors}
      />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          {fromPaper ? 'Save this paper sheet' : 'Finish and hide my ratings'}
        </button>
      </div>
    </form>
  );
}
