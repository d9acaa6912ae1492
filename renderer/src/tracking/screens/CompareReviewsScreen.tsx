import { useState } from 'react';
import { Link } from 'wouter';
import { EmptyState } from '@shared/ui/EmptyState';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useReviews } from '@review/api';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { ComparisonView } from '../components/ComparisonView';
import { ReviewPicker } from '../components/ReviewPicker';
import { defaultPair, pickerOrder, type Pair } from '../lib/comparePair';

export function CompareReviewsScreen() {
  usePageTitle('Compare two reviews');
  const { home } = useHome();
  const reviews = useReviews(home.id);
  const [pair, setPair] = useState<Pair | null>(null);
  // Completed reviews first, drafts last; opens on the two latest completed, earlier on the left.
  const list = pickerOrder(reviews.data ?? []);
  const initial = defaultPair(list);
  const shown = pair ?? initial;
  return (
    <>
      <Link href="/" className="back-link">
        Dashboard
      </Link>
      <PageHeading caption={home.name}>Compare two reviews</PageHeading>
      <p className="body-l">
        See what changed between two quarters, indicator by indicator: both ratings, both evidence notes, and
        each domain&apos;s judgement.
      </p>
      {!reviews.data ? (
        <LoadingOrError error={reviews.error} onRetry={() => reviews.refetch()} />
      ) : !initial || !shown ? (
        <EmptyState title="Two reviews are needed">
          <p>
            Comparing needs two reviews of this home, completed or in draft. Start one from{' '}
            <Link href="/reviews">Reviews</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <ReviewPicker reviews={list} initial={initial} onCompare={setPair} />
          <ComparisonView key={`${shown.beforeId}-${shown.afterId}`} {...shown} />
        </>
      )}
    </>
  );
}
