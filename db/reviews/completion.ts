import type { Framework } from '../../contract/framework';
import { overallLimit, ratingLabel } from '../../contract/judgements';
import type { ReviewDetail } from '../../contract/review';
import { missingSccif } from './sccif-service';

export function overallInputs(detail: ReviewDetail, framework: Framework) {
  const leadership = framework.domains.find((d) => d.limiting === 'leadership');
  const safeguardingKeys = new Set(
    framework.domains.flatMap((d) => d.indicators.filter((i) => i.safeguarding).map((i) => i.key)),
  );
  return {
    domainJudgements: Object.fromEntries(detail.domains.map((d) => [d.key, d.judgement])),
    leadershipDomain: leadership?.key ?? '',
    safeguardingRatings: detail.indicators.filter((i) => safeguardingKeys.has(i.key)).map((i) => i.rating),
  };
}

/** Everything still needed before a review can be signed off, in the order the manager meets it. */
export function missingForCompletion(detail: ReviewDetail, framework: Framework): string[] {
  const missing: string[] = [];
  for (const domain of framework.domains) {
    const indicators = detail.indicators.filter((i) => i.domainKey === domain.key);
    const unrated = indicators.filter((i) => i.rating === null).length;
    const unjudged = detail.domains.find((d) => d.key === domain.key)?.judgement == null;
    const rate = `${unrated} of ${indicators.length} indicators still to rate`;
    if (unrated > 0 && unjudged) missing.push(`${domain.title}: ${rate}, and the domain judgement.`);
    else if (unrated > 0) missing.push(`${domain.title}: ${rate}.`);
    else if (unjudged) missing.push(`${domain.title}: the domain judgement.`);
  }
  if (!detail.strengths.trim()) missing.push('Summary: the strengths.');
  if (!detail.improvements.trim()) missing.push('Summary: the areas to improve.');
  if (framework.sccif) {
    missing.push(...missingSccif(detail, framework));
  } else if (detail.overall === null) {
    missing.push('Summary: the overall judgement.');
  } else {
    const limit = overallLimit(overallInputs(detail, framework));
    if (detail.overall > limit.cap) {
      missing.push(
        `Summary: the overall judgement (${ratingLabel(detail.overall)}) is better than the limiting rules allow. ${limit.reasons.join(' ')}`,
      );
    }
  }
  return missing;
}
