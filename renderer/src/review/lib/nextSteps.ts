import type { Rating } from '@contract/framework';
import type { IndicatorAnswer } from '@contract/review';

/**
 * The sources of the nearest indicator before `key`, in the review's order, that has any: what "Same
 * sources as the last indicator" copies. Sources chosen on this page (`live`) win over saved ones.
 */
export function lastSourcesBefore(
  indicators: IndicatorAnswer[],
  key: string,
  live: Record<string, string[]>,
): string[] | null {
  const index = indicators.findIndex((i) => i.key === key);
  for (let i = index - 1; i >= 0; i--) {
    const sources = live[indicators[i]!.key] ?? indicators[i]!.sources;
    if (sources.length > 0) return sources;
  }
  return null;
}

/** The next indicator after `key` in this domain with no rating yet, or null when all are rated. */
export function nextUnratedInDomain(
  indicators: IndicatorAnswer[],
  key: string,
  ratingOf: (answer: IndicatorAnswer) => Rating | null,
): string | null {
  const inDomain = indicators.filter((i) => i.domainKey === indicators.find((x) => x.key === key)?.domainKey);
  const index = inDomain.findIndex((i) => i.key === key);
  const after = [...inDomain.slice(index + 1), ...inDomain.slice(0, index)];
  return after.find((i) => ratingOf(i) === null)?.key ?? null;
}
