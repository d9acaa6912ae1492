import '../review.css';
import { Link } from 'wouter';
import { EmptyState } from '@shared/ui/EmptyState';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useCurrentFramework } from '@shared/api/useFramework';
import { useReviews } from '../api/useReviews';
import { Disclaimer } from '../components/Disclaimer';
import { ReviewList } from '../components/ReviewList';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { StartReviewForm } from '../components/StartReviewForm';
import { reviewPaths } from '../lib/reviewPaths';
import { CompareReviewsLink } from '@tracking/api';

export function ReviewsListScreen() {
  usePageTitle('Reviews');
  const { home } = useHome();
  const reviews = useReviews(home.id);
  const framework = useCurrentFramework();
  return (
    <>
      <PageHeading caption={home.name}>Reviews</PageHeading>
      <p className="body-l">
        Each quarter you rate the home against the hallmarks of outstanding homes, note the evidence behind
        each rating and judge each of the eight domains.
      </p>
      {framework.data && <Disclaimer text={framework.data.disclaimer} />}
      <section className="section" aria-labelledby="start-title">
        <h2 className="heading-l" id="start-title">
          Start a review
        </h2>
        {framework.data?.domains[0] && reviews.data && (
          <StartReviewForm
            homeId={home.id}
            firstDomainKey={framework.data.domains[0].key}
            reviewed={reviews.data.map((r) => r.quarter)}
          />
        )}
        <p>
          <Link href={reviewPaths.customIndicators}>Your home&apos;s own indicators</Link>: add indicators
          that matter to this home alongside the built-in ones.
        </p>
      </section>
      {reviews.data?.length === 0 ? (
        <EmptyState title="No reviews yet">
          <p>This home has no reviews. Start one above; your reviews will be listed here, newest first.</p>
        </EmptyState>
      ) : (
        <section className="section" aria-labelledby="list-title">
          <h2 className="heading-l" id="list-title">
            This home&apos;s reviews
          </h2>
          <p>
            <CompareReviewsLink>Compare two of these reviews</CompareReviewsLink>
          </p>
          {reviews.data && framework.data ? (
            <ReviewList reviews={reviews.data} labels={framework.data.ratingLabels} />
          ) : (
            <LoadingOrError error={reviews.error ?? framework.error} onRetry={() => reviews.refetch()} />
          )}
        </section>
      )}
    </>
  );
}
