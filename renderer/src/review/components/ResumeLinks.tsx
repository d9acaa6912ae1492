import { Link } from 'wouter';
import type { Framework } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { RESUME, requestFocus } from '../lib/focusRequest';
import { reviewPaths } from '../lib/reviewPaths';

/** The way into the review: back to where the manager left off, or the first domain. */
export function ResumeLinks({ review, framework }: { review: ReviewDetail; framework: Framework }) {
  const first = framework.domains[0];
  const saved = review.position && framework.domains.some((d) => d.key === review.position?.domainKey);
  return (
    <div className="button-group">
      {saved && review.position ? (
        <Link
          href={reviewPaths.domain(review.id, review.position.domainKey)}
          className="button"
          onClick={() => requestFocus(RESUME)}
        >
          Continue where you left off
        </Link>
      ) : (
        first && (
          <Link href={reviewPaths.domain(review.id, first.key)} className="button">
            Start with domain 1
          </Link>
        )
      )}
      <Link href={reviewPaths.summary(review.id)} className="button button--secondary">
        Summary and sign-off
      </Link>
    </div>
  );
}
