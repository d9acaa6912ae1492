import { CHANGE_WORDS, type Change, type DomainComparison } from './compareReviews';

const ORDER: Change[] = ['improved', 'declined', 'changed', 'new', 'removed', 'sustained'];

/** "5 improved, 2 declined, 36 sustained": the indicators' changes in one line. */
export function describeChanges(domains: DomainComparison[]): string {
  const counts = new Map<Change, number>();
  for (const item of domains.flatMap((d) => d.indicators))
    counts.set(item.change, (counts.get(item.change) ?? 0) + 1);
  const parts = ORDER.filter((c) => counts.get(c)).map(
    (c) => `${counts.get(c)} ${CHANGE_WORDS[c].toLowerCase()}`,
  );
  return parts.length > 0 ? `Indicators: ${parts.join(', ')}.` : 'No indicators to compare.';
}
