import type { Rating } from '@contract/framework';
import type { IndicatorAnswer } from '@contract/review';

export interface Progress {
  rated: number;
  total: number;
}

export function progressOf(ratings: (Rating | null)[]): Progress {
  return { rated: ratings.filter((r) => r !== null).length, total: ratings.length };
}

export const describeProgress = ({ rated, total }: Progress) => `${rated} of ${total} indicators rated`;

export function indicatorsIn(indicators: IndicatorAnswer[], domainKey: string): IndicatorAnswer[] {
  return indicators.filter((i) => i.domainKey === domainKey);
}
