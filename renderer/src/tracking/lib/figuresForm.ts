import { METRIC_FIELDS, type MetricFieldKey, type MetricValues } from '@contract/metric-fields';
import { checkFigures, type FigureContext } from '@contract/rules/metric-checks';
import { addQuarters, quarterLabel, quarterOf } from '@contract/rules/quarters';

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

export interface ReadFigures {
  values: MetricValues;
  /** Not a number, or impossible: the form will not save. */
  errors: Record<string, string>;
  /** Unlikely: shown beside the box, and the manager may save anyway. */
  warnings: Record<string, string>;
}

/** Reads the boxes into figures, with the app's own errors and warnings, so the page and the app agree. */
export function readFigures(text: FiguresText, context: FigureContext): ReadFigures {
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
  const checked = checkFigures(values, context);
  return { values, errors: { ...checked.errors, ...errors }, warnings: checked.warnings };
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
