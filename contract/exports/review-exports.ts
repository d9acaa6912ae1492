/**
 * Spreadsheet copies of what the quarterly review report prints beyond the ratings: each review's
 * judgements with their movement, its summary and sign-off, and the framework's indicators that the
 * rating sheets print. Pure functions over what the read operations return; `toCsv` makes the file.
 */
import { toCsv, type CsvCell } from './csv';
import { todayIso } from '../rules/dates';
import type { Framework, Grade } from '../framework';
import { ratingLabel } from '../rules/judgements';
import type { ReviewDetail, ReviewStatus } from '../review';
import { MOVEMENT_WORDS, movement } from '../rules/trends';

export const REVIEW_STATUS_WORDS: Record<ReviewStatus, string> = {
  draft: 'In progress',
  completed: 'Completed',
};

/** The home's date of a stored moment: a review completed at 00:30 BST is dated that day, not the last. */
export const homeDateOf = (timestamp: string | null): string | null =>
  timestamp === null ? null : todayIso(new Date(timestamp));

const words = (grade: Grade | null): string | null => (grade === null ? null : ratingLabel(grade));

function judgementRow(
  review: ReviewDetail,
  kind: string,
  title: string,
  grade: Grade | null,
  previous: Grade | null,
  reason: string,
): CsvCell[] {
  const moved = movement(previous, grade);
  return [
    review.quarter,
    REVIEW_STATUS_WORDS[review.status],
    kind,
    title,
    grade,
    words(grade),
    words(previous),
    moved ? MOVEMENT_WORDS[moved] : null,
    reason,
  ];
}

/**
 * One row per judgement per review, oldest review first as given: the three SCCIF judgements (from
 * framework version 2; a version 1 review recorded none, so it has no such rows), each domain's, and the
 * overall judgement, each with the previous completed review's and the movement between them.
 */
export function judgementsCsv(reviews: ReviewDetail[], frameworks: Map<number, Framework>): string {
  const header = [
    'Quarter',
    'Review status',
    'Kind',
    'Judgement',
    'Grade',
    'Grade in words',
    'Previous review',
    'Movement',
    'Reason',
  ];
  const completed = reviews.filter((r) => r.status === 'completed');
  const rows = reviews.flatMap((review) => {
    const framework = frameworks.get(review.frameworkVersion);
    const sccif = (review.sccif ?? []).map((answer) =>
      judgementRow(
        review,
        'SCCIF judgement',
        framework?.sccifAreaTitles[answer.area] ?? answer.area,
        answer.judgement,
        answer.previous,
        answer.reason,
      ),
    );
    const domains = review.domains.map((answer) => {
      const domain = framework?.domains.find((d) => d.key === answer.key);
      const title = domain ? `${domain.number}. ${domain.title}` : answer.key;
      return judgementRow(
        review,
        'Domain',
        title,
        answer.judgement,
        answer.previousJudgement,
        answer.rationale,
      );
    });
    const before = completed.filter((r) => r.quarter < review.quarter).at(-1) ?? null;
    const overall = judgementRow(
      review,
      'Overall',
      'Overall judgement',
      review.overall,
      before?.overall ?? null,
      '',
    );
    return [...sccif, ...domains, overall];
  });
  return toCsv(header, rows);
}

/**
 * One row per review: its status, sign-off, overall judgement, strengths, areas to improve, and the
 * staff-room summary written for the wall (what the staff-room page prints).
 */
export function reviewSummariesCsv(reviews: ReviewDetail[]): string {
  const header = [
    'Quarter',
    'Review status',
    'Framework version',
    'Indicators rated',
    'Indicators',
    'Completed on',
    'Signed off by',
    'Role',
    'Signed off on',
    'Overall judgement',
    'Strengths',
    'Areas to improve',
    'Staff-room summary',
  ];
  const rows = reviews.map((r) => [
    r.quarter,
    REVIEW_STATUS_WORDS[r.status],
    r.frameworkVersion,
    r.rated,
    r.total,
    homeDateOf(r.completedAt),
    r.signedByName,
    r.signedByRole,
    r.signedOn,
    words(r.overall),
    r.strengths,
    r.improvements,
    r.staffRoomSummary,
  ]);
  return toCsv(header, rows);
}

/**
 * The framework's indicators as the rating sheets number them, with the Quality Standards they evidence:
 * the domain's, then any the indicator adds.
 */
export function indicatorsCsv(framework: Framework): string {
  const header = [
    'Framework version',
    'Domain',
    'Number',
    'Indicator key',
    'Indicator',
    'Quality Standards',
    'SCCIF judgements',
    'Safeguarding',
  ];
  const rows = framework.domains.flatMap((domain) =>
    domain.indicators.map((indicator, i) => [
      framework.version,
      `${domain.number}. ${domain.title}`,
      `${domain.number}.${i + 1}`,
      indicator.key,
      indicator.statement,
      [...new Set([...domain.qualityStandards, ...(indicator.regulations ?? [])])]
        .map((reg) => `Regulation ${reg}: ${framework.qualityStandardTitles[reg] ?? ''}`.replace(/: $/, ''))
        .join('; '),
      domain.sccifAreas.map((area) => framework.sccifAreaTitles[area]).join('; '),
      indicator.safeguarding ? 'Yes' : 'No',
    ]),
  );
  return toCsv(header, rows);
}
