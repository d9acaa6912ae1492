import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Framework } from '@contract/framework';
import { quarterLabel } from '@contract/rules/quarters';
import type { ReviewDetail } from '@contract/review';
import { PageHeading } from '@shared/ui/PageHeading';
import { reviewPaths } from '../lib/reviewPaths';
import { Disclaimer } from './Disclaimer';
import { DomainNav } from './DomainNav';
import { DomainProgressTable } from './DomainProgressTable';
import { ProgressBar } from './ProgressBar';

/** The frame of the summary step: the steps beside it, the heading, progress and the domain judgements. */
interface Props {
  review: ReviewDetail;
  framework: Framework;
  /** Shown straight under the heading: error summaries, or the completed banner. */
  top?: ReactNode;
  children: ReactNode;
}

export function SummaryStepLayout({ review, framework, top, children }: Props) {
  return (
    <div className="review-layout">
      <DomainNav review={review} framework={framework} current="summary" />
      <div className="review-layout__main">
        <Link href={reviewPaths.overview(review.id)} className="back-link">
          Review overview
        </Link>
        <PageHeading caption={`${quarterLabel(review.quarter)} review`}>Summary and sign-off</PageHeading>
        {top}
        <ProgressBar id="summary-progress" label="Whole review" progress={review} />
        <Disclaimer text={framework.disclaimer} />
        <section className="section" aria-labelledby="summary-domains-title">
          <h2 className="heading-l" id="summary-domains-title">
            Domain judgements
          </h2>
          <DomainProgressTable review={review} framework={framework} />
        </section>
        {children}
      </div>
    </div>
  );
}
