import type { Database } from 'better-sqlite3';
import type { Framework, Grade, SccifArea } from '../../contract/framework';
import type { ParsedInputOf } from '../../contract/operations';
import { ratingLabel } from '../../contract/judgements';
import { ServiceError } from '../../contract/result';
import type { ReviewDetail } from '../../contract/review';
import { experiencesCap, suggestSccif, type SccifState } from '../../contract/sccif';
import { createJudgementsRepository } from './sccif-judgements';

export const SCCIF_TITLES: Record<SccifArea, string> = {
  experiences: 'overall experiences and progress',
  protection: 'how well children are helped and protected',
  leadership: 'the effectiveness of leaders and managers',
};

/** What the suggestions are worked out from, as the review stands. */
export function sccifState(detail: ReviewDetail): SccifState {
  return {
    domainJudgements: Object.fromEntries(detail.domains.map((d) => [d.key, d.judgement])),
    indicatorRatings: Object.fromEntries(detail.indicators.map((i) => [i.key, i.rating])),
    confirmed: Object.fromEntries((detail.sccif ?? []).map((j) => [j.area, j.judgement])),
  };
}

/** Everything still needed for the three judgements before sign-off. */
export function missingSccif(detail: ReviewDetail, framework: Framework): string[] {
  if (!detail.sccif || !framework.sccif) return [];
  const suggestions = suggestSccif(framework, sccifState(detail));
  const missing: string[] = [];
  for (const answer of detail.sccif) {
    const title = SCCIF_TITLES[answer.area];
    const suggested = suggestions[answer.area].grade;
    if (answer.judgement === null) missing.push(`Summary: the judgement on ${title}.`);
    else if (suggested !== null && answer.judgement !== suggested && !answer.reason.trim())
      missing.push(`Summary: why the judgement on ${title} differs from the suggestion.`);
  }
  const confirmed = sccifState(detail).confirmed;
  const cap = experiencesCap(confirmed.protection ?? null, confirmed.leadership ?? null);
  if ((confirmed.experiences ?? 0) > cap.cap) {
    missing.push(
      `Summary: overall experiences and progress is better than the limiting rules allow. ${cap.reasons.join(' ')}`,
    );
  }
  return missing;
}

/**
 * Saves one of the three judgements. A change from the suggestion needs a reason. The limiting rules hold
 * at every save: a better overall than they allow is refused, and an overall already saved is brought down
 * to the limit when helped and protected or leaders and managers falls to Inadequate.
 */
export function saveSccifJudgement(
  db: Database,
  detail: ReviewDetail,
  framework: Framework,
  input: ParsedInputOf<'reviews.saveJudgement'>,
) {
  if (!detail.sccif || !framework.sccif) {
    throw new ServiceError(
      'conflict',
      'This review was made with version 1 of the framework, which records one overall judgement instead of three.',
    );
  }
  const repo = createJudgementsRepository(db);
  const state = sccifState(detail);
  const judgement = input.judgement as Grade | null;
  state.confirmed[input.area] = judgement;
  const cap = experiencesCap(state.confirmed.protection ?? null, state.confirmed.leadership ?? null);
  if (input.area === 'experiences' && judgement !== null && judgement > cap.cap) {
    throw new ServiceError('invalid_input', cap.reasons.join(' '), {
      judgement: `Choose ${ratingLabel(cap.cap)}${cap.cap > 1 ? ' or lower' : ''}: ${cap.reasons.join(' ')}`,
    });
  }
  const suggested = suggestSccif(framework, state)[input.area].grade;
  if (judgement !== null && suggested !== null && judgement !== suggested && !input.reason.trim()) {
    throw new ServiceError('invalid_input', 'Say why you changed the suggested judgement.', {
      reason: `Say why this is ${ratingLabel(judgement)} when the suggestion is ${ratingLabel(suggested)}`,
    });
  }
  repo.save.run(judgement, suggested, input.reason, input.reviewId, input.area);
  let overall = input.area === 'experiences' ? judgement : (state.confirmed.experiences ?? null);
  if (input.area !== 'experiences' && overall !== null && overall > cap.cap) {
    overall = cap.cap;
    const previous = detail.sccif.find((j) => j.area === 'experiences')!;
    repo.save.run(overall, cap.cap, previous.reason, input.reviewId, 'experiences');
  }
  // The review's overall is its overall experiences and progress judgement, for the dashboard and trends.
  db.prepare('UPDATE reviews SET overall = ? WHERE id = ?').run(overall, input.reviewId);
}
