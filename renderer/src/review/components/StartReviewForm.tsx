import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { useStartReview } from '../api/useStartReview';
import { problemsFrom, summaryItems } from '@shared/lib/formErrors';
import { startableQuarters } from '../lib/quarterOptions';
import { reviewPaths } from '@shared/paths/reviewPaths';
import { handler } from '@shared/lib/background';

const IDS = { quarter: 'start-quarter' };

/** Choose a quarter (this one unless catching up) and start its review at the first domain. */
export function StartReviewForm({ homeId, firstDomainKey }: { homeId: number; firstDomainKey: string }) {
  const [quarters] = useState(() => startableQuarters());
  const [quarter, setQuarter] = useState(quarters[0]?.value ?? '');
  const { problems, attempt, fail, clear } = useFormProblems();
  const start = useStartReview(homeId);
  const [, navigate] = useLocation();
  const error = problems?.fields.quarter;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (start.isPending) return;
    try {
      const review = await start.mutateAsync(quarter);
      navigate(reviewPaths.domain(review.id, firstDomainKey));
    } catch (failure) {
      fail(problemsFrom(failure));
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)}>
      {problems && <ErrorSummary items={summaryItems(problems, IDS)} attempt={attempt} />}
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={IDS.quarter}>
          Quarter
        </label>
        <p className="hint" id={`${IDS.quarter}-hint`}>
          Usually this quarter. Choose an earlier one to catch up on a review that was missed.
        </p>
        {error && (
          <p className="error-message" id={`${IDS.quarter}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <select
          className={error ? 'select input--error' : 'select'}
          id={IDS.quarter}
          value={quarter}
          aria-describedby={[`${IDS.quarter}-hint`, error ? `${IDS.quarter}-error` : ''].join(' ').trim()}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setQuarter(event.target.value);
            clear();
          }}
        >
          {quarters.map((q) => (
            <option key={q.value} value={q.value}>
              {q.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" aria-disabled={start.isPending || undefined}>
        Start review
      </button>
    </form>
  );
}
