import type { Framework } from '../../contract/framework';
import type { IndicatorAnswer, ReviewDetail, ReviewSummary, SccifAnswer } from '../../contract/review';
import { reviewEvents } from './review-events';
import type { JudgementRow } from './sccif-judgements';
import type { IndicatorRow, ReviewListRow, ReviewRow } from './review-rows';
import type { ReviewsRepository } from './reviews-repository';

export function toSummary(row: ReviewRow, rated: number, total: number): ReviewSummary {
  return {
    id: row.id,
    homeId: row.home_id,
    quarter: row.quarter,
    status: row.status,
    frameworkVersion: row.framework_version,
    overall: row.overall,
    rated,
    total,
    completedAt: row.completed_at,
    updatedAt: row.updated_at,
  };
}

export const listRowToSummary = (row: ReviewListRow) => toSummary(row, row.rated, row.total);

function statementOf(row: IndicatorRow, framework: Framework): string {
  if (row.custom_statement !== null) return row.custom_statement;
  for (const domain of framework.domains) {
    const found = domain.indicators.find((i) => i.key === row.indicator_key);
    if (found) return found.statement;
  }
  return row.indicator_key;
}

/** Assembles everything the review screens show, including last quarter's answers beside each one. */
function sccifAnswers(rows: JudgementRow[], previous: JudgementRow[]): SccifAnswer[] {
  return rows.map((r) => ({
    area: r.area,
    judgement: r.judgement,
    suggested: r.suggested,
    reason: r.reason,
    previous: previous.find((p) => p.area === r.area)?.judgement ?? null,
  }));
}

export function buildReviewDetail(
  repo: ReviewsRepository,
  row: ReviewRow,
  framework: (version: number) => Framework,
): ReviewDetail {
  const rows = repo.indicators.all(row.id);
  const previous = repo.previousCompleted.get(row.home_id, row.quarter);
  const previousIndicators = new Map(
    previous ? repo.indicators.all(previous.id).map((r) => [r.indicator_key, r]) : [],
  );
  const previousDomains = new Map(
    previous ? repo.domains.all(previous.id).map((d) => [d.domain_key, d]) : [],
  );
  const own = framework(row.framework_version);

  const indicators: IndicatorAnswer[] = rows.map((r) => {
    const before = previousIndicators.get(r.indicator_key);
    return {
      key: r.indicator_key,
      domainKey: r.domain_key,
      statement: statementOf(r, own),
      custom: r.custom_statement !== null,
      rating: r.rating,
      note: r.note,
      sources: JSON.parse(r.sources) as string[],
      otherSource: r.other_source,
      discuss: r.discuss === 1,
      recordsReason: r.records_reason,
      checkedSameOn: r.checked_same_on,
      previous:
        before && previous ? { quarter: previous.quarter, rating: before.rating, note: before.note } : null,
    };
  });

  return {
    ...toSummary(row, rows.filter((r) => r.rating !== null).length, rows.length),
    strengths: row.strengths,
    improvements: row.improvements,
    staffRoomSummary: row.staff_room_summary,
    signedByName: row.signed_by_name,
    signedByRole: row.signed_by_role,
    signedOn: row.signed_on,
    position: row.position_domain
      ? { domainKey: row.position_domain, indicatorKey: row.position_indicator }
      : null,
    indicators,
    domains: repo.domains.all(row.id).map((d) => ({
      key: d.domain_key,
      judgement: d.judgement,
      rationale: d.rationale,
      previousJudgement: previousDomains.get(d.domain_key)?.judgement ?? null,
    })),
    events: reviewEvents(repo.events.all(row.id), repo.agreed.all(row.id), rows, own),
    previousQuarter: previous?.quarter ?? null,
    sccif: own.sccif
      ? sccifAnswers(repo.judgements.all(row.id), previous ? repo.judgements.all(previous.id) : [])
      : null,
  };
}
