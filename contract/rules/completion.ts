import type { Framework } from '../framework';
import { overallLimit, ratingLabel, type OverallInputs } from './judgements';
import { missingRecordsReasons, type RecordFact } from './records-say';
import type { Problem } from '../result';
import type { ReviewDetail } from '../review';
import { reasonAsked } from './safety-first';
import { experiencesCap, suggestSccif, type SccifState } from './sccif';
import { sccifTitleInSentence } from './sccif-titles';

/** What the overall suggestion and the limiting rules need, taken from the review as saved. */
export function overallInputs(detail: ReviewDetail, framework: Framework): OverallInputs {
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

/** What the three judgements' suggestions are worked out from, as the review stands. */
export function sccifState(detail: ReviewDetail): SccifState {
  return {
    domainJudgements: Object.fromEntries(detail.domains.map((d) => [d.key, d.judgement])),
    indicatorRatings: Object.fromEntries(detail.indicators.map((i) => [i.key, i.rating])),
    confirmed: Object.fromEntries((detail.sccif ?? []).map((j) => [j.area, j.judgement])),
  };
}

/**
 * Everything still needed for the three judgements before sign-off. Each problem names its field:
 * `sccif.<area>` for the judgement, `sccif.<area>.reason` for why it differs from the suggestion.
 */
export function missingSccif(detail: ReviewDetail, framework: Framework): Problem[] {
  if (!detail.sccif || !framework.sccif) return [];
  const state = sccifState(detail);
  const suggestions = suggestSccif(framework, state);
  const missing: Problem[] = [];
  const protection = state.confirmed.protection ?? suggestions.protection.grade;
  for (const answer of detail.sccif) {
    const title = sccifTitleInSentence(answer.area);
    const field = `sccif.${answer.area}`;
    const asked = reasonAsked({
      area: answer.area,
      judgement: answer.judgement,
      suggested: suggestions[answer.area].grade,
      inadequateLikely: suggestions[answer.area].inadequateLikely,
      protection,
    });
    if (answer.judgement === null) missing.push({ message: `Summary: the judgement on ${title}.`, field });
    else if (asked && !answer.reason.trim())
      missing.push({ message: asked.missing, field: `${field}.reason` });
  }
  const cap = experiencesCap(state.confirmed.protection ?? null, state.confirmed.leadership ?? null);
  if ((state.confirmed.experiences ?? 0) > cap.cap) {
    missing.push({
      message: `Summary: ${sccifTitleInSentence('experiences')} is better than the limiting rules allow. ${cap.reasons.join(' ')}`,
      field: 'sccif.experiences',
    });
  }
  return missing;
}

/**
 * Everything still needed before a review can be signed off, in the order the manager meets it. Each
 * problem says where it is put right (a domain, or a summary field), so no one reads the words to find out.
 * The app refuses completion with these; the page uses the same list to show them with its own checks.
 */
export function missingForCompletion(
  detail: ReviewDetail,
  framework: Framework,
  facts: RecordFact[] = [],
): Problem[] {
  const missing: Problem[] = [];
  for (const domain of framework.domains) {
    const indicators = detail.indicators.filter((i) => i.domainKey === domain.key);
    const unrated = indicators.filter((i) => i.rating === null);
    const unjudged = detail.domains.find((d) => d.key === domain.key)?.judgement == null;
    const rate = `${unrated.length} of ${indicators.length} indicators still to rate`;
    const where = { domainKey: domain.key, ...(unrated[0] ? { indicatorKey: unrated[0].key } : {}) };
    if (unrated.length > 0 && unjudged)
      missing.push({ message: `${domain.title}: ${rate}, and the domain judgement.`, ...where });
    else if (unrated.length > 0) missing.push({ message: `${domain.title}: ${rate}.`, ...where });
    else if (unjudged)
      missing.push({ message: `${domain.title}: the domain judgement.`, domainKey: domain.key });
  }
  const titles = Object.fromEntries(framework.domains.map((d) => [d.key, d.title]));
  missing.push(...missingRecordsReasons(detail, facts, titles));
  if (!detail.strengths.trim()) missing.push({ message: 'Summary: the strengths.', field: 'strengths' });
  if (!detail.improvements.trim())
    missing.push({ message: 'Summary: the areas to improve.', field: 'improvements' });
  if (framework.sccif) {
    missing.push(...missingSccif(detail, framework));
  } else if (detail.overall === null) {
    missing.push({ message: 'Summary: the overall judgement.', field: 'overall' });
  } else {
    const limit = overallLimit(overallInputs(detail, framework));
    if (detail.overall > limit.cap) {
      missing.push({
        message: `Summary: the overall judgement (${ratingLabel(detail.overall)}) is better than the limiting rules allow. ${limit.reasons.join(' ')}`,
        field: 'overall',
      });
    }
  }
  return missing;
}

/** The sentence above the list of what is missing, counting every item in the list. */
export function completionRefusal(count: number): string {
  return `Finish ${count === 1 ? 'this' : `these ${count} things`} before signing off (an indicator can be marked "Not enough evidence yet"):`;
}
