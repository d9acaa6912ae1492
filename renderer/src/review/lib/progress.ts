import type { Rating } from '@contract/framework';
import type { IndicatorAnswer } from '@contract/review';

export interface Progress {
  rated: number;
  total: number;
}

export function progressOf(ratings: (Rating | null)[]): Progress {
  return { rated: ratings.filter((r) => r !== null).length, total: ratings.length };
}

/** "3 of 5", under a heading that says what is counted. */
export const describeCount = ({ rated, total }: Progress) => `${rated} of ${total}`;

/** "43 of 43 indicators rated". */
export const describeProgress = (progress: Progress) => `${describeCount(progress)} indicators rated`;

export function indicatorsIn(indicators: IndicatorAnswer[], domainKey: string): IndicatorAnswer[] {
  return indicators.filter((i) => i.domainKey === domainKey);
}
