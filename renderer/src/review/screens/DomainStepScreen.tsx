import '../review.css';
import { quarterLabel } from '@contract/rules/quarters';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { NotFoundScreen } from '@shared/ui/NotFoundScreen';
import { useReviewWithFramework } from '../api/useReviewWithFramework';
import { SaveStatusProvider } from '../autosave/SaveStatusProvider';
import { DomainStepForm } from '../components/DomainStepForm';
import { DomainStepReadOnly } from '../components/DomainStepReadOnly';
import { ReviewLoadState } from '../components/ReviewLoadState';
import { useFocusHeadingWhenReady } from '@shared/hooks/useFocusHeadingWhenReady';

/** One step of the guided review: a single domain. */
export function DomainStepScreen({ params }: { params: { id: string; domainKey: string } }) {
  const { review, framework, error, retry } = useReviewWithFramework(Number(params.id));
  const domain = framework?.domains.find((d) => d.key === params.domainKey);
  usePageTitle(review && domain ? `${domain.title} – ${quarterLabel(review.quarter)} review` : 'Review');
  useFocusHeadingWhenReady(review !== undefined && domain !== undefined);

  if (!review || !framework) return <ReviewLoadState error={error} onRetry={retry} />;
  if (!domain) return <NotFoundScreen />;
  // Keyed by domain, so moving to the next domain saves and unmounts this one's fields.
  return review.status === 'completed' ? (
    <DomainStepReadOnly key={domain.key} review={review} framework={framework} domain={domain} />
  ) : (
    <SaveStatusProvider key={domain.key}>
      <DomainStepForm review={review} framework={framework} domain={domain} />
    </SaveStatusProvider>
  );
}
