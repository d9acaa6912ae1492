import type { MetricFieldKey, MetricValues } from '@contract/metric-fields';
import { METRIC_FIELDS } from '@contract/metric-fields';
import { quarterLabel } from '@contract/rules/quarters';

/** Framework version 3 asks for these figures each quarter; earlier versions did not. */
export const FIGURES_FROM_VERSION = 3;

interface InspectionFigure {
  key: MetricFieldKey;
  label: string;
  /** A part of a whole prints as "1 of 2"; the label says of what. */
  of?: MetricFieldKey;
}

const label = (key: MetricFieldKey) => METRIC_FIELDS.find((f) => f.key === key)!.label;

/** The ten figures an inspection asks for that version 3 added, in the order the figures screen asks. */
export const INSPECTION_FIGURES: InspectionFigure[] = [
  { key: 'childrenAtRiskExploitation', label: label('childrenAtRiskExploitation') },
  { key: 'policeCallouts', label: label('policeCallouts') },
  { key: 'searches', label: label('searches') },
  { key: 'selfHarmIncidents', label: label('selfHarmIncidents') },
  { key: 'bullyingIncidents', label: label('bullyingIncidents') },
  { key: 'medicationErrors', label: label('medicationErrors') },
  {
    key: 'complaintsFromChildren',
    label: 'Complaints made by children, of those received',
    of: 'complaints',
  },
  {
    key: 'complaintsResolvedInTime',
    label: 'Complaints resolved within the timescale, of those received',
    of: 'complaints',
  },
  {
    key: 'dentalChecksInDate',
    label: 'Children whose dental check is in date, of the children at the end of the quarter',
    of: 'childrenAtEnd',
  },
  {
    key: 'opticianChecksInDate',
    label: 'Children whose sight test is in date, of the children at the end of the quarter',
    of: 'childrenAtEnd',
  },
];

/** One quarter as the printed table has it: its figures, and the framework version its review used. */
export interface FiguresQuarter {
  quarter: string;
  frameworkVersion: number;
  values: MetricValues | null;
}

export interface InspectionFiguresTable {
  /** The quarters shown, oldest first, as column headings. */
  columns: { quarter: string; heading: string }[];
  rows: { key: MetricFieldKey; label: string; cells: string[] }[];
}

const has = (values: MetricValues | null, key: MetricFieldKey) => typeof values?.[key] === 'number';

function cell(figure: InspectionFigure, values: MetricValues | null): string {
  if (!has(values, figure.key)) return 'Not recorded';
  const value = String(values![figure.key]);
  return figure.of && has(values, figure.of) ? `${value} of ${String(values![figure.of])}` : value;
}

/**
 * The figures version 3 added, for the quarters given. A quarter reviewed with version 3 shows all ten (one
 * not entered says so); a quarter reviewed with an earlier version shows only the ones it has, so a
 * version 2 quarter never prints rows of blanks for figures it was not asked for. A row shows where any
 * quarter shown asks for it or has it. Null when no quarter has any to show.
 */
export function inspectionFiguresTable(quarters: FiguresQuarter[]): InspectionFiguresTable | null {
  const asked = (q: FiguresQuarter, key: MetricFieldKey) =>
    q.frameworkVersion >= FIGURES_FROM_VERSION || has(q.values, key);
  const shown = quarters.filter((q) => INSPECTION_FIGURES.some((f) => asked(q, f.key)));
  if (shown.length === 0) return null;
  const rows = INSPECTION_FIGURES.filter((f) => shown.some((q) => asked(q, f.key))).map((f) => ({
    key: f.key,
    label: f.label,
    cells: shown.map((q) => cell(f, q.values)),
  }));
  return { columns: shown.map((q) => ({ quarter: q.quarter, heading: quarterLabel(q.quarter) })), rows };
}
