import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { useStartReview } from '../api/useStartReview';
import { problemsFrom, summaryItems } from '@shared/lib/formProblems';
import { defaultStartQuarter, startableQuarters } from '../lib/quarterOptions';
import { quarterLabel, quarterOf } from '@contract/rules/quarters';
import { reviewPaths } from '../lib/reviewPaths';
import { handler } from '@shared/lib/background';

const IDS = { quarter: 'start-quarter' };

interface Props {
  homeId: number;
  firstDomainKey: string;
  /** Quarters that already have a review, so the next one without is offered first. */
  reviewed: string[];
}

/** Choose a quarter (the next one without a review) and start its review at the first domain. */
export function StartReviewForm({ homeId, firstDomainKey, reviewed }: Props) {
  const [quarters] = useState(() => startableQuarters());
  const [quarter, setQuarter] = useState(() => defaultStartQuarter(reviewed));
  const notEnded = quarter === quarterOf(new Date());
  const { problems, errors, attempt, fail, clear } = useFormProblems();
  const start = useStartReview(homeId);
  const [, navigate] = useLocation();
  const error = errors.quarter;

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
          Usually the quarter just ended, or the next one without a review. Choose an earlier one to catch up.
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
      {notEnded && (
        <div className="warning-text" role="status">
          <p>
            <strong>{quarterLabel(quarter)} has not ended yet. </strong>
            You can review it now, but figures and evidence for the rest of the quarter will be missing.
          </p>
        </div>
      )}
      <button type="submit" className="button" aria-disabled={start.isPending || undefined}>
        Start review
      </button>
    </form>
  );
}
