import type { Grade, Rating } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { movement } from '@contract/rules/trends';

export type Change = 'improved' | 'sustained' | 'declined' | 'changed' | 'new' | 'removed';

export const CHANGE_WORDS: Record<Change, string> = {
  improved: 'Improved',
  sustained: 'Sustained',
  declined: 'Declined',
  changed: 'Changed',
  new: 'New',
  removed: 'Removed',
};

export const CHANGE_GLYPHS: Record<Change, string> = {
  improved: '↑',
  sustained: '→',
  declined: '↓',
  changed: '↔',
  new: '+',
  removed: '−',
};

export interface Side<T> {
  rating: T;
  note: string;
}

export interface IndicatorComparison {
  key: string;
  statement: string;
  before: Side<Rating | null> | null;
  after: Side<Rating | null> | null;
  change: Change;
}

export interface DomainComparison {
  key: string;
  title: string;
  before: Side<Grade | null> | null;
  after: Side<Grade | null> | null;
  change: Change;
  indicators: IndicatorComparison[];
}

/** A rating that moves to or from "not enough evidence" (or unrated) has changed, but not up or down. */
export function changeOf(before: Rating | null, after: Rating | null): Change {
  if (before === after) return 'sustained';
  if (before && after) return movement(before, after) ?? 'changed';
  return 'changed';
}

function sideChange<T extends Rating | null>(before: Side<T> | null, after: Side<T> | null): Change {
  if (!before) return 'new';
  if (!after) return 'removed';
  return changeOf(before.rating, after.rating);
}

/**
 * Indicator by indicator and domain by domain, from the earlier review to the later one. Order follows
 * `domainOrder` (the later framework's), then anything only the earlier review had.
 */
export function compareReviews(
  before: ReviewDetail,
  after: ReviewDetail,
  domainTitles: Record<string, string>,
  domainOrder: string[],
): DomainComparison[] {
  const keys = [
    ...new Set([...domainOrder, ...after.domains.map((d) => d.key), ...before.domains.map((d) => d.key)]),
  ];
  return keys.flatMap((key) => {
    const [b, a] = [before.domains.find((d) => d.key === key), after.domains.find((d) => d.key === key)];
    if (!a && !b) return [];
    const bSide = b ? { rating: b.judgement, note: b.rationale } : null;
    const aSide = a ? { rating: a.judgement, note: a.rationale } : null;
    const statements = [
      ...after.indicators.filter((i) => i.domainKey === key),
      ...before.indicators.filter(
        (i) => i.domainKey === key && !after.indicators.some((x) => x.key === i.key),
      ),
    ];
    const indicators = statements.map((i): IndicatorComparison => {
      const bi = before.indicators.find((x) => x.key === i.key);
      const ai = after.indicators.find((x) => x.key === i.key);
      const bs = bi ? { rating: bi.rating, note: bi.note } : null;
      const as = ai ? { rating: ai.rating, note: ai.note } : null;
      return { key: i.key, statement: i.statement, before: bs, after: as, change: sideChange(bs, as) };
    });
    return [
      {
        key,
        title: domainTitles[key] ?? key,
        before: bSide,
        after: aSide,
        change: sideChange(bSide, aSide),
        indicators,
      },
    ];
  });
}

/** For "Show only what changed": drops what held, and domains where nothing moved at all. */
export function onlyChanges(domains: DomainComparison[]): DomainComparison[] {
  return domains
    .map((d) => ({ ...d, indicators: d.indicators.filter((i) => i.change !== 'sustained') }))
    .filter((d) => d.change !== 'sustained' || d.indicators.length > 0);
}
