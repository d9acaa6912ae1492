import type { Grade, Rating } from '../framework';
import { ratingLabel } from './rating-labels';

export { ratingLabel };

export interface Suggestion {
  grade: Grade | null;
  /** Plain-English reasons, in the order they were applied. */
  reasons: string[];
}

/** From version 2: what a single Inadequate indicator means for its domain. */
export const INADEQUATE_WARNING =
  'Warning: an indicator is rated Inadequate. It does not decide the judgement on its own, but say in the reason how children are kept safe while it is put right.';

function lowerMedian(grades: Grade[]): Grade {
  const sorted = [...grades].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Grade;
}

/** "Most indicators are Good", or "... Good or better" when fewer than half share the suggested grade. */
function mostAre(grades: Grade[], grade: Grade, things: string): string {
  const same = grades.filter((g) => g === grade).length;
  return `Most ${things} are ${ratingLabel(grade)}${same * 2 > grades.length ? '' : ' or better'}.`;
}

function countWords(ratings: Rating[]): string {
  return ([4, 3, 2, 1, 0] as Rating[])
    .map((r) => [r, ratings.filter((x) => x === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${ratingLabel(r)}`)
    .join(', ');
}

/**
 * A starting point for a domain's judgement from its indicator ratings; the manager decides. The middle
 * rating (the lower one when two tie, to stay cautious), and no suggestion while half or more lack
 * evidence. Version 1 also caps it at Requires improvement when any indicator is Inadequate; from version 2
 * a single Inadequate indicator is a strong warning instead (`inadequateCaps: false`).
 */
export function suggestDomainJudgement(
  ratings: (Rating | null)[],
  options: { inadequateCaps: boolean } = { inadequateCaps: true },
): Suggestion {
  const given = ratings.filter((r): r is Rating => r !== null);
  if (given.length < ratings.length) {
    return {
      grade: null,
      reasons: [`${ratings.length - given.length} of ${ratings.length} indicators not rated yet.`],
    };
  }
  const grades = given.filter((r): r is Grade => r > 0);
  const reasons = [`Ratings: ${countWords(given)}.`];
  if (grades.length === 0 || grades.length * 2 <= given.length) {
    reasons.push('Half or more of the indicators lack evidence, so no judgement is suggested.');
    return { grade: null, reasons };
  }
  let grade = lowerMedian(grades);
  reasons.push(mostAre(grades, grade, 'indicators'));
  if (!options.inadequateCaps && grades.includes(1)) {
    reasons.push(INADEQUATE_WARNING);
  } else if (grades.includes(1) && grade > 2) {
    grade = 2;
    reasons.push(
      'An indicator is Inadequate, so the domain cannot be better than Requires improvement to be good.',
    );
  }
  return { grade, reasons };
}

export interface OverallInputs {
  /** Manager-confirmed domain judgements, keyed by domain key; null where not yet decided. */
  domainJudgements: Record<string, Grade | null>;
  /** The leadership domain's key. */
  leadershipDomain: string;
  /** Ratings given to the safeguarding indicators. */
  safeguardingRatings: (Rating | null)[];
}

export interface OverallLimit {
  /** The best overall judgement the limiting rules allow. */
  cap: Grade;
  reasons: string[];
}

/**
 * SCCIF's limiting rules applied to the home's own judgements: inadequate safeguarding makes the overall
 * Inadequate; inadequate leadership caps it at Requires improvement to be good.
 */
export function overallLimit(inputs: OverallInputs): OverallLimit {
  if (inputs.safeguardingRatings.includes(1)) {
    return {
      cap: 1,
      reasons: ['A safeguarding indicator is rated Inadequate, so the overall judgement is Inadequate.'],
    };
  }
  if (inputs.domainJudgements[inputs.leadershipDomain] === 1) {
    return {
      cap: 2,
      reasons: [
        'Leadership is judged Inadequate, so the overall judgement can be no better than Requires improvement to be good.',
      ],
    };
  }
  return { cap: 4, reasons: [] };
}

/** A suggested overall judgement: the middle domain judgement, then the limiting rules. */
export function suggestOverall(inputs: OverallInputs): Suggestion {
  const decided = Object.values(inputs.domainJudgements).filter((g): g is Grade => g !== null);
  const total = Object.keys(inputs.domainJudgements).length;
  if (decided.length < total) {
    return {
      grade: null,
      reasons: [`${total - decided.length} of ${total} domain judgements not decided yet.`],
    };
  }
  let grade = lowerMedian(decided);
  const reasons = [mostAre(decided, grade, 'domain judgements')];
  const limit = overallLimit(inputs);
  if (grade > limit.cap) {
    grade = limit.cap;
    reasons.push(...limit.reasons);
  }
  return { grade, reasons };
}
