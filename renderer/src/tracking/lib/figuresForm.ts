import { METRIC_FIELDS, type MetricFieldKey, type MetricValues } from '@contract/metric-fields';
import { validateMetrics } from '@contract/metrics';
import { addQuarters, quarterLabel, quarterOf } from '@contract/quarters';

/** What is typed in each box; blank means "not recorded". */
export type FiguresText = Partial<Record<MetricFieldKey, string>>;

export function toFiguresText(values: MetricValues | undefined): FiguresText {
  const text: FiguresText = {};
  for (const field of METRIC_FIELDS) {
    const value = values?.[field.key];
    text[field.key] = typeof value === 'number' ? String(value) : '';
  }
  return text;
}

/** Reads the boxes into figures, with a message per box that is not a number or is impossible. */
export function readFigures(text: FiguresText): { values: MetricValues; errors: Record<string, string> } {
  const values: MetricValues = {};
  const errors: Record<string, string> = {};
  for (const field of METRIC_FIELDS) {
    // People write 1,200 or "1 200"; both mean 1200.
    const raw = (text[field.key] ?? '').trim().replace(/[,\s]/g, '');
    if (raw === '') {
      values[field.key] = null;
      continue;
    }
    const value = /^-?(\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : NaN;
    if (Number.isNaN(value)) {
      errors[field.key] =
        `Enter a number in “${field.label}”, for example ${field.decimal ? '9.5' : '12'}, or leave it blank if you do not have it.`;
      values[field.key] = null;
    } else {
      values[field.key] = value;
    }
  }
  return { values, errors: { ...validateMetrics(values), ...errors } };
}

export interface QuarterOption {
  value: string;
  label: string;
}

/** This quarter and the seven before it, newest first. */
export function figureQuarters(now = new Date()): QuarterOption[] {
  const current = quarterOf(now);
  return Array.from({ length: 8 }, (_, i) => {
    const quarter = addQuarters(current, -i);
    return {
      value: quarter,
      label: i === 0 ? `${quarterLabel(quarter)} (this quarter)` : quarterLabel(quarter),
    };
  });
}

/**
 * The quarter to open: the latest finished quarter still without figures, or else the quarter just
 * finished. The current quarter is never the default, because its figures are not complete yet.
 */
export function defaultFiguresQuarter(withFigures: ReadonlySet<string>, now = new Date()): string {
  const previous = addQuarters(quarterOf(now), -1);
  for (let i = 0; i < 7; i++) {
    const quarter = addQuarters(previous, -i);
    if (!withFigures.has(quarter)) return quarter;
  }
  return previous;
}
