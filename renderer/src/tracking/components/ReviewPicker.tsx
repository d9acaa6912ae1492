import { useState, type FormEvent } from 'react';
import { quarterLabel } from '@contract/rules/quarters';
import type { ReviewSummary } from '@contract/review';

import type { Pair } from '../lib/comparePair';

export type { Pair };

const optionLabel = (r: ReviewSummary) =>
  `${quarterLabel(r.quarter)}${r.status === 'draft' ? ' (draft)' : ''}`;

/** Choose two reviews, then press Compare: the page below changes only when asked. */
export function ReviewPicker({
  reviews,
  initial,
  onCompare,
}: {
  reviews: ReviewSummary[];
  initial: Pair;
  onCompare: (pair: Pair) => void;
}) {
  const [first, setFirst] = useState(String(initial.beforeId));
  const [second, setSecond] = useState(String(initial.afterId));
  const [error, setError] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (first === second) return setError('Choose two different reviews to compare');
    setError('');
    const [a, b] = [first, second].map((id) => reviews.find((r) => r.id === Number(id))!);
    // Earlier on the left, whichever box it was chosen in, so "Improved" always means better later.
    const [earlier, later] = a!.quarter <= b!.quarter ? [a!, b!] : [b!, a!];
    onCompare({ beforeId: earlier.id, afterId: later.id });
  }

  const select = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <div className="form-group review-picker__field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={error ? 'review-picker-error' : undefined}
      >
        {reviews.map((r) => (
          <option key={r.id} value={r.id}>
            {optionLabel(r)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className={`review-picker${error ? ' form-group--error' : ''}`} noValidate onSubmit={submit}>
      {error && (
        <p className="error-message" id="review-picker-error" role="alert">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="review-picker__fields">
        {select('compare-first', 'Earlier review', first, setFirst)}
        {select('compare-second', 'Later review', second, setSecond)}
        <button type="submit" className="button review-picker__button">
          Compare
        </button>
      </div>
    </form>
  );
}
