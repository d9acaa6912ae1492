import { SCCIF_KEYS, SCCIF_LABELS, STATUS_LABELS, type ActionItem } from '../actions';
import { type CsvCell, toCsv } from './csv';
import { ratingLabel } from '../rules/judgements';
import {
  INSPECTION_ITEM_LABELS,
  INSPECTION_KIND_LABELS,
  INTERIM_OUTCOME_LABELS,
  PLACING_AUTHORITY_LABELS,
  REG45_OFSTED_STATE_LABELS,
} from '../record-labels';
import type { Inspection, Reg44Visit, Reg45Record } from '../records';
import { QUALITY_STANDARDS, type Reg45Draft, reg45MonthsPeriod, REG45_REGULATIONS } from '../reg45-draft';
import { homeDateOf } from './review-exports';

/**
 * One row per child record, each carrying its parent's cells; a parent with no children still gets one
 * row, its child cells blank, so a visit or inspection with nothing recorded against it is not lost.
 */
export function flatten<P, C>(
  parents: P[],
  childrenOf: (parent: P) => C[],
  parentCells: (parent: P) => CsvCell[],
  childCells: (child: C, index: number) => CsvCell[],
  childColumns: number,
): CsvCell[][] {
  return parents.flatMap((parent) => {
    const children = childrenOf(parent);
    const own = parentCells(parent);
    if (children.length === 0) return [[...own, ...Array<CsvCell>(childColumns).fill(null)]];
    return children.map((child, i) => [...own, ...childCells(child, i)]);
  });
}

/** The action made from a record: its title and where it stands, as the printed inspection pack says it. */
function actionCells(actionId: number | null, actions: ActionItem[]): CsvCell[] {
  const action = actions.find((a) => a.id === actionId);
  if (!action) return [null, 'No action made'];
  return [action.title, STATUS_LABELS[action.status] + (action.overdue ? ', overdue' : '')];
}

const REG44_RECOMMENDATION_HEADER = [
  'Recommendation number',
  'Recommendation',
  'Respond by',
  'Response status',
  'Home’s response',
  'Responded on',
  'Action',
  'Action status',
];

/** One row per Reg 44 recommendation with its visit's date, visitor and report; a visit with none, one row. */
export function reg44VisitsCsv(visits: Reg44Visit[], actions: ActionItem[]): string {
  const header = ['Visit date', 'Independent person', 'Report received on', ...REG44_RECOMMENDATION_HEADER];
  const rows = flatten(
    visits,
    (v) => v.recommendations,
    (v) => [v.visitedOn, v.visitor, v.reportReceivedOn],
    (r, i) => [
      i + 1,
      r.text,
      r.respondBy,
      r.respondedOn ? 'Responded' : 'No response recorded',
      r.response,
      r.respondedOn,
      ...actionCells(r.actionId, actions),
    ],
    REG44_RECOMMENDATION_HEADER.length,
  );
  return toCsv(header, rows);
}

const INSPECTION_ITEM_HEADER = [
  'Requirement or recommendation',
  'Regulation',
  'Text',
  'Comply by',
  'Action',
  'Action status',
];

/** One row per requirement or recommendation with its inspection's date, type and judgements. */
export function inspectionsCsv(inspections: Inspection[], actions: ActionItem[]): string {
  const header = [
    'Inspection date',
    'Type of inspection',
    ...SCCIF_KEYS.map((k) => SCCIF_LABELS[k]),
    'Interim outcome',
    'Published report',
    ...INSPECTION_ITEM_HEADER,
  ];
  const rows = flatten(
    inspections,
    (i) => i.items,
    (i) => [
      i.inspectedOn,
      INSPECTION_KIND_LABELS[i.kind],
      ...SCCIF_KEYS.map((k) => {
        const grade = i.judgements[k];
        return grade === null ? null : ratingLabel(grade);
      }),
      i.interimOutcome === null ? null : INTERIM_OUTCOME_LABELS[i.interimOutcome],
      i.reportUrl,
    ],
    (item) => [
      INSPECTION_ITEM_LABELS[item.kind],
      item.regulation,
      item.text,
      item.complyBy,
      ...actionCells(item.actionId, actions),
    ],
    INSPECTION_ITEM_HEADER.length,
  );
  return toCsv(header, rows);
}

/** One row per Reg 45 review recorded: its period, completion, and where its report went. */
export function reg45RecordsCsv(records: Reg45Record[]): string {
  const header = [
    'Period from',
    'Period to',
    'Completed on',
    'Report to Ofsted',
    'Sent to Ofsted on',
    'Ofsted deadline',
    'Placing authorities',
    'Sent to placing authorities on',
  ];
  const rows = records.map((r) => [
    r.periodStart,
    r.periodEnd,
    r.completedOn,
    REG45_OFSTED_STATE_LABELS[r.ofstedState],
    r.sentToOfstedOn,
    r.ofstedDeadline,
    PLACING_AUTHORITY_LABELS[r.placingAuthorities],
    r.placingAuthoritiesSentOn,
  ]);
  return toCsv(header, rows);
}

/**
 * The registered person's own words in each saved Reg 45 draft: the overall analysis, then each Quality
 * Standard's comment in regulation order. Only parts with words in them are rows; a part left blank is
 * not printed in the draft either.
 */
const PERIOD_REASON_PART = 'Reason for signing off this period out of step with the recorded Reg 45 periods';

export function reg45AnalysisCsv(drafts: Reg45Draft[]): string {
  const header = [
    'Period from',
    'Period to',
    'Part',
    'Registered person’s words',
    'Signed off by',
    'Signed off on',
    'Last saved on',
  ];
  const rows = drafts.flatMap((draft) => {
    const { start, end } = reg45MonthsPeriod(draft.firstMonth, draft.lastMonth);
    const parts: [string, string][] = [
      ['Overall analysis', draft.analysis],
      ...REG45_REGULATIONS.map((reg): [string, string] => [
        `Regulation ${reg}: ${QUALITY_STANDARDS[reg]}`,
        draft.standards[String(reg)] ?? '',
      ]),
      // Signed off out of step with the recorded Reg 45 periods: the reason travels with the words.
      [PERIOD_REASON_PART, draft.periodReason ?? ''],
    ];
    const saved = homeDateOf(draft.updatedAt);
    return parts
      .filter(([, words]) => words.trim() !== '')
      .map(([part, words]) => [start, end, part, words, draft.signedBy, draft.signedOn, saved]);
  });
  return toCsv(header, rows);
}
