import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useReview } from '../api/useReview';
import { RESUME, requestFocus } from '../lib/focusRequest';
import { reviewPaths } from '../lib/reviewPaths';

/** Goes straight back to where the manager left off in a review, or to its overview if they have not begun. */
export function ContinueReviewLink({ reviewId, children }: { reviewId: number; children: ReactNode }) {
  const review = useReview(reviewId);
  const position = review.data?.position;
  if (!position) return <Link href={reviewPaths.overview(reviewId)}>{children}</Link>;
  return (
    <Link href={reviewPaths.domain(reviewId, position.domainKey)} onClick={() => requestFocus(RESUME)}>
      {children}
    </Link>
  );
}
