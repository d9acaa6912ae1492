import '../review.css';
import { quarterLabel } from '@contract/rules/quarters';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useReviewWithFramework } from '../api/useReviewWithFramework';
import { SaveStatusProvider } from '../autosave/SaveStatusProvider';
import { ReviewLoadState } from '../components/ReviewLoadState';
import { SummaryReadOnly } from '../components/SummaryReadOnly';
import { SummaryStepForm } from '../components/SummaryStepForm';
import { useFocusHeadingWhenReady } from '@shared/hooks/useFocusHeadingWhenReady';

export function ReviewSummaryScreen({ params }: { params: { id: string } }) {
  const { review, framework, error, retry } = useReviewWithFramework(Number(params.id));
  usePageTitle(review ? `Summary and sign-off – ${quarterLabel(review.quarter)} review` : 'Review');
  useFocusHeadingWhenReady(review !== undefined && framework !== undefined);
  if (!review || !framework) return <ReviewLoadState error={error} onRetry={retry} />;
  return review.status === 'completed' ? (
    <SummaryReadOnly review={review} framework={framework} />
  ) : (
    <SaveStatusProvider>
      <SummaryStepForm review={review} framework={framework} />
    </SaveStatusProvider>
  );
}
