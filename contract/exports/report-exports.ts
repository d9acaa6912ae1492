import type { ActionItem } from '../actions';
import { SOURCE_LABELS, STATUS_LABELS } from '../actions';
import { toCsv } from './csv';
import { todayIso } from '../rules/dates';
import type { Framework } from '../framework';
import type { MetricValues } from '../metric-fields';
import { METRIC_FIELDS } from '../metric-fields';
import type { ReviewDetail } from '../review';
import { homeDateOf, REVIEW_STATUS_WORDS } from './review-exports';

/** One row per indicator per review: the ratings as stored (0 = not enough evidence yet, blank = unrated). */
export function ratingsCsv(reviews: ReviewDetail[], frameworks: Map<number, Framework>): string {
  const header = [
    'Quarter',
    'Review status',
    'Completed on',
    'Domain',
    'Indicator key',
    'Indicator',
    'Rating',
    'Rating in words',
    'Evidence note',
    'Sources',
    'Other source',
  ];
  const rows = reviews.flatMap((review) => {
    const framework = frameworks.get(review.frameworkVersion);
    const domainTitle = (key: string) => {
      const domain = framework?.domains.find((d) => d.key === key);
      return domain ? `${domain.number}. ${domain.title}` : key;
    };
    const sourceLabel = (key: string) => framework?.evidenceSources.find((s) => s.key === key)?.label ?? key;
    return review.indicators.map((answer) => [
      review.quarter,
      REVIEW_STATUS_WORDS[review.status],
      homeDateOf(review.completedAt),
      domainTitle(answer.domainKey),
      answer.key,
      answer.statement,
      answer.rating,
      answer.rating === null ? null : (framework?.ratingLabels[answer.rating] ?? null),
      answer.note,
      answer.sources.map(sourceLabel).join('; '),
      answer.otherSource,
    ]);
  });
  return toCsv(header, rows);
}

/** One row per quarter, one column per figure as entered (blank where none was entered). */
export function figuresCsv(metrics: { quarter: string; values: MetricValues }[]): string {
  const header = ['Quarter', ...METRIC_FIELDS.map((f) => f.label)];
  const rows = metrics.map((m) => [m.quarter, ...METRIC_FIELDS.map((f) => m.values[f.key] ?? null)]);
  return toCsv(header, rows);
}

/** One row per action, in the order given: what, linked to, who, when due, where it stands, where from. */
export function actionsCsv(actions: ActionItem[]): string {
  const header = [
    'Action',
    'Linked to',
    'Owner',
    'Due on',
    'Status',
    'Overdue',
    'Completed on',
    'Evidence of completion',
    'Reason dropped',
    'Source',
    'Added on',
  ];
  const rows = actions.map((a) => [
    a.title,
    a.linkLabel,
    a.owner,
    a.dueOn,
    STATUS_LABELS[a.status],
    a.overdue ? 'Yes' : 'No',
    a.completedOn,
    a.evidence,
    a.dropReason,
    SOURCE_LABELS[a.source],
    todayIso(new Date(a.createdAt)), // the home's date it was added, not UTC's
  ]);
  return toCsv(header, rows);
}
