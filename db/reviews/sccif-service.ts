import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Framework, Grade } from '../../contract/framework';
import type { ParsedInputOf } from '../../contract/operations';
import { ratingLabel } from '../../contract/rules/judgements';
import { ServiceError } from '../../contract/result';
import type { ReviewDetail } from '../../contract/review';
import { sccifState } from '../../contract/rules/completion';
import { experiencesCap, suggestSccif } from '../../contract/rules/sccif';
import { createJudgementsRepository } from './sccif-judgements';

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
  const suggestion = suggestSccif(framework, state)[input.area];
  const suggested = suggestion.grade;
  // Choosing Inadequate where the suggestion says Inadequate is likely needs no defence.
  const inadequateAgreed = suggestion.inadequateLikely && judgement === 1;
  if (
    judgement !== null &&
    suggested !== null &&
    judgement !== suggested &&
    !inadequateAgreed &&
    !input.reason.trim()
  ) {
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
  repo.saveOverall.run(overall, input.reviewId);
}
