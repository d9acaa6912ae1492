import type { Rating } from '../../contract/framework';
import type { ReviewDetail, ReviewSummary } from '../../contract/review';
import type { TeamAgreement } from '../../contract/team-agreement';
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
 * Each rater's view of a domain is the median of the grades they gave its indicators ("don't know"
 * when they gave none); the domain's spread is then the spread of those views, with the same rules
 * and the same minimum number of raters as the meeting.
 */
function domainSpread(sheets: Map<string, number>[], indicatorKeys: Set<string>) {
  const views: Rating[] = [];
  for (const sheet of sheets) {
    const own = [...sheet].filter(([key]) => indicatorKeys.has(key)).map(([, r]) => r as Rating);
    if (own.length > 0) views.push(spreadOf(own).median ?? 0);
  }
  return { raters: views.length, label: spreadOf(views).label };
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
      const { raters, label } = domainSpread(sheets, keys);
      const row = rows.get(domain.key) ?? {
        key: domain.key,
        number: domain.number,
        title: domain.title,
        labels: {},
      };
      rows.set(domain.key, row);
      if (!label || !spreadShown(raters, sources.minRaters) || row.labels[review.quarter]) continue;
      row.labels[review.quarter] = label;
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
