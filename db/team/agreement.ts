import type { Rating } from '../../contract/framework';
import type { ReviewDetail, ReviewSummary } from '../../contract/review';
import {
  AGREEMENT_ORDER,
  type DomainAgreementCounts,
  type TeamAgreement,
} from '../../contract/team-agreement';
import { spreadOf, spreadShown } from '../../contract/rules/team-rules';
import { frameworkByVersion } from '../framework';
import type { RoundRecord } from './rounds-repository';

export interface AgreementSources {
  reviews: ReviewSummary[];
  detail: (reviewId: number) => ReviewDetail;
  roundFor: (reviewId: number) => RoundRecord | null;
  sheets: (roundId: number) => Map<number, Map<string, number>>;
  minRaters: number;
}

/**
 * Agreement is per indicator: each indicator rated by enough people gets its own label, with the same
 * rules and the same minimum number of raters as the meeting. The domain takes the furthest-apart
 * label and says how many were split, mixed or an evidence gap. (Averaging each rater's view of the
 * domain first hid an indicator split from Outstanding to Inadequate behind an "Agreed".)
 */
function domainAgreement(sheets: Map<string, number>[], indicatorKeys: Set<string>, minRaters: number) {
  const counts: DomainAgreementCounts = { indicators: 0, split: 0, mixed: 0, 'evidence-gap': 0 };
  for (const key of indicatorKeys) {
    const ratings = sheets.flatMap((s) => (s.has(key) ? [s.get(key) as Rating] : []));
    const label = spreadOf(ratings).label;
    if (!label || !spreadShown(ratings.length, minRaters)) continue;
    counts.indicators += 1;
    if (label !== 'agreed') counts[label] += 1;
  }
  if (counts.indicators === 0) return null;
  const label = AGREEMENT_ORDER.find((l) => l === 'agreed' || counts[l] > 0)!;
  return { label, counts };
}

/** The spread of the team's private ratings per domain and quarter, oldest quarter first. */
export function teamAgreement(sources: AgreementSources): TeamAgreement {
  const rows = new Map<string, TeamAgreement['domains'][number]>();
  const quarters = new Set<string>();
  // Newest first, so each domain keeps its latest number and title.
  const newestFirst = [...sources.reviews].sort((a, b) => b.quarter.localeCompare(a.quarter));
  for (const summary of newestFirst) {
    const round = sources.roundFor(summary.id);
    if (!round || round.sheets === 0) continue;
    const review = sources.detail(summary.id);
    const sheets = [...sources.sheets(round.id).values()];
    for (const domain of frameworkByVersion(review.frameworkVersion).domains) {
      const keys = new Set(review.indicators.filter((i) => i.domainKey === domain.key).map((i) => i.key));
      const found = domainAgreement(sheets, keys, sources.minRaters);
      const row = rows.get(domain.key) ?? {
        key: domain.key,
        number: domain.number,
        title: domain.title,
        labels: {},
        counts: {},
      };
      rows.set(domain.key, row);
      if (!found || row.labels[review.quarter]) continue;
      row.labels[review.quarter] = found.label;
      row.counts[review.quarter] = found.counts;
      quarters.add(review.quarter);
    }
  }
  return {
    quarters: [...quarters].sort(),
    // Only domains with something to show: a domain never in a round would be a row of blanks.
    domains: [...rows.values()]
      .filter((row) => Object.keys(row.labels).length > 0)
      .sort((a, b) => a.number - b.number),
  };
}
