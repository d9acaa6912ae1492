import type { Framework } from '@contract/framework';
import type { OverallInputs } from '@contract/judgements';
import type { ReviewDetail } from '@contract/review';

/** What the overall suggestion and the limiting rules need, taken from the review as saved. */
export function overallInputsFor(review: ReviewDetail, framework: Framework): OverallInputs {
  const safeguarding = new Set(
    framework.domains.flatMap((d) => d.indicators.filter((i) => i.safeguarding).map((i) => i.key)),
  );
  return {
    domainJudgements: Object.fromEntries(review.domains.map((d) => [d.key, d.judgement])),
    leadershipDomain: framework.domains.find((d) => d.limiting === 'leadership')?.key ?? '',
    safeguardingRatings: review.indicators.filter((i) => safeguarding.has(i.key)).map((i) => i.rating),
  };
}
