import type { Framework, FrameworkDomain } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { indicatorsIn } from '../lib/progress';
import { CompletedBanner } from './CompletedBanner';
import { DomainJudgementReadOnly } from './DomainJudgementReadOnly';
import { DomainStepLayout } from './DomainStepLayout';
import { IndicatorReadOnly } from './IndicatorReadOnly';
import { StepLinks } from './StepLinks';

/** One domain of a completed review, as text. */
export function DomainStepReadOnly({
  review,
  framework,
  domain,
}: {
  review: ReviewDetail;
  framework: Framework;
  domain: FrameworkDomain;
}) {
  const answer = review.domains.find((d) => d.key === domain.key);
  return (
    <DomainStepLayout
      review={review}
      framework={framework}
      domain={domain}
      status={<CompletedBanner review={review} />}
    >
      <h2 className="heading-l indicators-title">Indicators</h2>
      {indicatorsIn(review.indicators, domain.key).map((indicator, index) => (
        <IndicatorReadOnly
          key={indicator.key}
          answer={indicator}
          number={`${domain.number}.${index + 1}`}
          framework={framework}
        />
      ))}
      {answer && <DomainJudgementReadOnly answer={answer} framework={framework} />}
      <StepLinks reviewId={review.id} domain={domain} framework={framework} />
    </DomainStepLayout>
  );
}
