import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Framework, FrameworkDomain, Rating } from '@contract/framework';
import { quarterLabel } from '@contract/rules/quarters';
import type { ReviewDetail } from '@contract/review';
import { PageHeading } from '@shared/ui/PageHeading';
import { indicatorsIn, progressOf } from '../lib/progress';
import { reviewPaths } from '../lib/reviewPaths';
import { DomainIntro } from './DomainIntro';
import { DomainNav } from './DomainNav';
import { ProgressBar } from './ProgressBar';

interface Props {
  review: ReviewDetail;
  framework: Framework;
  domain: FrameworkDomain;
  /** Ratings chosen on this page, newer than the review's. */
  liveRatings?: Record<string, Rating | null>;
  /** Shown between the progress and the domain's introduction (save status, or the completed banner). */
  status: ReactNode;
  children: ReactNode;
}

/** The frame of a domain step: the steps beside it, then the domain's heading, progress and introduction. */
export function DomainStepLayout({ review, framework, domain, liveRatings = {}, status, children }: Props) {
  const ratingOf = (i: ReviewDetail['indicators'][number]) =>
    i.key in liveRatings ? (liveRatings[i.key] ?? null) : i.rating;
  return (
    <div className="review-layout">
      <DomainNav review={review} framework={framework} current={domain.key} liveRatings={liveRatings} />
      <div className="review-layout__main">
        <Link href={reviewPaths.overview(review.id)} className="back-link">
          Review overview
        </Link>
        <PageHeading
          caption={`${quarterLabel(review.quarter)} review · Domain ${domain.number} of ${framework.domains.length}`}
        >
          {domain.title}
        </PageHeading>
        <div className="progress-panel">
          <ProgressBar
            id="review-progress"
            label="Whole review"
            progress={progressOf(review.indicators.map(ratingOf))}
          />
          <ProgressBar
            id="domain-progress"
            label="This domain"
            progress={progressOf(indicatorsIn(review.indicators, domain.key).map(ratingOf))}
          />
        </div>
        {status}
        <DomainIntro domain={domain} framework={framework} />
        {children}
      </div>
    </div>
  );
}
