import { Link } from 'wouter';
import type { Framework } from '@contract/framework';
import { quarterLabel } from '@contract/rules/quarters';
import type { ReviewSummary } from '@contract/review';
import { describeProgress } from '../lib/progress';
import { reviewPaths } from '../lib/reviewPaths';
import { StatusTag } from './StatusTag';

/** The home's reviews, newest first: quarter, status, progress and overall judgement, in words. */
export function ReviewList({
  reviews,
  labels,
}: {
  reviews: ReviewSummary[];
  labels: Framework['ratingLabels'];
}) {
  return (
    <ul className="review-list">
      {reviews.map((review) => (
        <li className="review-list__item" key={review.id}>
          <h3 className="review-list__title">
            <Link href={reviewPaths.overview(review.id)}>
              {quarterLabel(review.quarter)}
              <span className="visually-hidden"> review</span>
            </Link>{' '}
            <StatusTag status={review.status} />
          </h3>
          <p className="review-list__facts">
            <span>{describeProgress(review)}</span>
            <span>
              Overall judgement: {review.overall === null ? 'not decided yet' : labels[review.overall]}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
