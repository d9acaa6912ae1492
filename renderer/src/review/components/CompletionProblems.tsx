import { useEffect, useRef, type MouseEvent } from 'react';
import { Link } from 'wouter';
import type { LinkedProblem } from '../hooks/useCompletion';
import { reviewPaths } from '../lib/reviewPaths';

interface Props {
  reviewId: number;
  message: string;
  items: LinkedProblem[];
  /** Changes on each refusal, so the summary takes focus again. */
  attempt: number;
}

function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  event.preventDefault();
  const field = document.getElementById(fieldId);
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

/** Why the review could not be completed: the app's message, then each missing thing linked to its place. */
export function CompletionProblems({ reviewId, message, items, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [attempt]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="completion-problems-title"
    >
      <h2 className="error-summary__title" id="completion-problems-title">
        The review is not complete yet
      </h2>
      <p>{message}</p>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.message}>
            {item.domainKey ? (
              <Link href={reviewPaths.domain(reviewId, item.domainKey)}>{item.message}</Link>
            ) : item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={(event) => goToField(event, item.fieldId as string)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
