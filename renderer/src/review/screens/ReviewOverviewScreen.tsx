import '../review.css';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { quarterLabel } from '@contract/rules/quarters';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useQuarterText } from '@shared/hooks/useQuarterText';
import { useReviewWithFramework } from '../api/useReviewWithFramework';
import { CompletedBanner } from '../components/CompletedBanner';
import { WhatNextPanel } from '../components/WhatNextPanel';
import { Disclaimer } from '../components/Disclaimer';
import { DomainProgressTable } from '../components/DomainProgressTable';
import { ProgressBar } from '../components/ProgressBar';
import { REOPEN_REASON_ID } from '../components/ReopenReviewForm';
import { ReopenReviewSection } from '../components/ReopenReviewSection';
import { ResumeLinks } from '../components/ResumeLinks';
import { ReviewHistory } from '../components/ReviewHistory';
import { ReviewLoadState } from '../components/ReviewLoadState';
import { StatusTag } from '../components/StatusTag';
import { focusSoon, pendingFocusRequest, takeFocusRequest } from '../lib/focusRequest';
import { describeProgress } from '../lib/progress';
import { reviewPaths } from '../lib/reviewPaths';
import { trackingPaths } from '@tracking/api';
import { NOT_RECORDED_V1, SCCIF_HEADINGS } from '../lib/sccifText';
import { useFocusHeadingWhenReady } from '@shared/hooks/useFocusHeadingWhenReady';

interface Props {
  params: { id: string };
  /** What the team meeting found for this review (its blind spots), from the app shell: review/ may not use meetings/. */
  teamFindings?: (reviewId: number) => ReactNode;
}

export function ReviewOverviewScreen({ params, teamFindings }: Props) {
  const { home } = useHome();
  const quarterText = useQuarterText();
  const { review, framework, error, retry } = useReviewWithFramework(Number(params.id));
  const ready = review !== undefined && framework !== undefined;
  const [reopened, setReopened] = useState(false);
  const [reopenAsked] = useState(() => pendingFocusRequest() === REOPEN_REASON_ID);
  usePageTitle(review ? `Review for ${quarterLabel(review.quarter)}` : 'Review');
  useFocusHeadingWhenReady(ready);
  useEffect(() => {
    if (!ready) return;
    const target = takeFocusRequest();
    if (target) focusSoon(target);
  }, [ready]);
  const draftAgain = reopened && review?.status === 'draft';
  useEffect(() => {
    if (draftAgain) focusSoon('overview-reopened');
  }, [draftAgain]);

  if (!review || !framework) return <ReviewLoadState error={error} onRetry={retry} />;
  const overall = review.overall === null ? 'Not decided yet' : framework.ratingLabels[review.overall];
  const completed = review.status === 'completed';
  return (
    <>
      <Link href={reviewPaths.list} className="back-link">
        All reviews
      </Link>
      <PageHeading caption={home.name}>Review for {quarterText(review.quarter)}</PageHeading>
      {completed && <CompletedBanner review={review} onOverview />}
      {completed && <WhatNextPanel review={review} />}
      {draftAgain && (
        <p className="status-message" role="status" id="overview-reopened" tabIndex={-1}>
          The review is a draft again. Changes are saved as you go.
        </p>
      )}
      <dl className="summary-list review-facts">
        <div className="summary-list__row">
          <dt>Status</dt>
          <dd>
            <StatusTag status={review.status} />
          </dd>
        </div>
        {review.sccif ? (
          review.sccif.map((j) => (
            <div className="summary-list__row" key={j.area}>
              <dt>{SCCIF_HEADINGS[j.area]}</dt>
              <dd>{j.judgement === null ? 'Not decided yet' : framework.ratingLabels[j.judgement]}</dd>
            </div>
          ))
        ) : (
          <>
            <div className="summary-list__row">
              <dt>Overall judgement</dt>
              <dd>{overall}</dd>
            </div>
            <div className="summary-list__row">
              <dt>The three SCCIF judgements</dt>
              <dd>{NOT_RECORDED_V1}</dd>
            </div>
          </>
        )}
        {completed && (
          <div className="summary-list__row">
            <dt>Indicators</dt>
            <dd>{describeProgress(review)}</dd>
          </div>
        )}
      </dl>
      <p>
        <Link href={trackingPaths.figuresFor(review.quarter)}>
          Enter this quarter&apos;s figures
          <span className="visually-hidden"> for {quarterLabel(review.quarter)}</span>
        </Link>
      </p>
      {!completed && <ProgressBar id="overview-progress" label="Indicators rated" progress={review} />}
      {!completed && <ResumeLinks review={review} framework={framework} />}
      <Disclaimer text={framework.disclaimer} />
      <section className="section" aria-labelledby="domains-title">
        <h2 className="heading-l" id="domains-title">
          Domains
        </h2>
        <DomainProgressTable review={review} framework={framework} />
        <p>
          <Link href={reviewPaths.summary(review.id)}>Summary and sign-off</Link>
        </p>
      </section>
      {teamFindings && <Suspense fallback={null}>{teamFindings(review.id)}</Suspense>}
      <Disclaimer text={framework.disclaimer} />
      {completed && (
        <ReopenReviewSection
          reviewId={review.id}
          startOpen={reopenAsked}
          onReopened={() => setReopened(true)}
        />
      )}
      <ReviewHistory events={review.events} labels={framework.ratingLabels} />
    </>
  );
}
