import { useLocation } from 'wouter';
import type { Framework } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { ErrorSummary } from '@shared/ui/ErrorSummary';
import { useErrorInTitle } from '@shared/hooks/useErrorInTitle';
import { useHome } from '@shared/currentHomeContext';
import { useReviewSaves, type SummaryValues } from '../api/useReviewSaves';
import { useAutosavedDraft } from '../autosave/useAutosavedDraft';
import { SIGN_OFF_IDS, useCompletion } from '../hooks/useCompletion';
import { summaryItems } from '@shared/lib/formProblems';
import { reviewPaths } from '../lib/reviewPaths';
import { CompletionProblems } from './CompletionProblems';
import { PageSaveStatus } from './PageSaveStatus';
import { SignOffForm } from './SignOffForm';
import { SummaryFields } from './SummaryFields';
import { SummaryStepLayout } from './SummaryStepLayout';
import { handler } from '@shared/lib/background';

/** The last step of a draft review: summary, overall judgement and sign-off. */
export function SummaryStepForm({ review, framework }: { review: ReviewDetail; framework: Framework }) {
  const { home } = useHome();
  const [, navigate] = useLocation();
  const saves = useReviewSaves(review.id);
  const draft = useAutosavedDraft(
    'summary',
    (): SummaryValues => ({
      strengths: review.strengths,
      improvements: review.improvements,
      overall: review.overall,
      staffRoomSummary: review.staffRoomSummary,
    }),
    saves.saveSummary,
  );
  const completion = useCompletion(review.id, framework, draft.flush);

  useErrorInTitle(completion.problems !== null || completion.refusal !== null);

  async function complete(values: Parameters<typeof completion.submit>[0]) {
    if (await completion.submit(values)) navigate(reviewPaths.overview(review.id));
  }

  return (
    <SummaryStepLayout
      review={review}
      framework={framework}
      top={
        <>
          {completion.refusal && (
            <CompletionProblems
              reviewId={review.id}
              message={completion.refusal.message}
              items={completion.refusal.items}
              attempt={completion.attempt}
            />
          )}
          {completion.problems && !completion.refusal && (
            <ErrorSummary
              items={summaryItems(completion.problems, SIGN_OFF_IDS)}
              attempt={completion.attempt}
            />
          )}
        </>
      }
    >
      <PageSaveStatus />
      <SummaryFields review={review} framework={framework} draft={draft} />
      <SignOffForm
        defaultName={home.registeredManager ?? ''}
        problems={completion.problems}
        pending={completion.pending}
        onComplete={handler(complete)}
      />
    </SummaryStepLayout>
  );
}
