import { addDays, daysBetween, formatIsoDate } from './dates';
import type { Grade } from '../framework';
import { ratingLabel } from './judgements';
import type { MetricValues } from '../metric-fields';
import { METRICS } from './metrics';
import type { Problem } from '../result';
import type { ReviewDetail } from '../review';
import { nearestGrade } from '../voice-scales';

/**
 * "Your records say…": what the home's own records show beside an indicator at rating time, as facts, not
 * verdicts. Where a record points to a lower rating (an overdue Reg 44 recommendation, a late Reg 45
 * report, an Ofsted requirement past its date, an overdue action, young people's answers), it carries a
 * ceiling: a rating above it asks for one sentence of reasoning before sign-off, as a departure from a
 * judgement suggestion does. Figures carry no ceiling: they are for the manager to weigh against the note.
 */
export interface RecordFact {
  indicatorKey: string;
  text: string;
  /** A hash route to where the record is kept. */
  link: string;
  linkText: string;
  /** The best rating these records support without a written reason; null for a fact to weigh. */
  ceiling: Grade | null;
}

export interface Reg44Record {
  text: string;
  visitedOn: string;
  respondBy: string | null;
  respondedOn: string | null;
}

export interface Reg45Report {
  completedOn: string;
  sentToOfstedOn: string | null;
}

export interface SurveyQuestionRecord {
  wording: string;
  answered: number;
  /** 1..4, null when nothing scored. */
  onGradeLine: number | null;
  counts: { label: string; count: number }[];
}

export interface LinkedAction {
  indicatorKey: string;
  title: string;
  dueOn: string;
}

export interface RequirementRecord {
  text: string;
  regulation: string;
  complyBy: string;
  /** The indicators it bears on: those its actions serve, and those mapped to its regulation. */
  indicatorKeys: string[];
}

export interface RecordsInput {
  /** The home's date today. */
  asOf: string;
  /** The review's quarter label, "Jul to Sep 2026". */
  quarterLabel: string;
  /** The review's own indicator keys (version 1 and 2 name some differently). */
  indicatorKeys: string[];
  reg44: Reg44Record[];
  reg45: Reg45Report[];
  /** The quarter's figures, and the four quarters ending with it (oldest first) for 12-month figures. */
  figures: MetricValues | null;
  year: (MetricValues | null)[];
  /** Young people's answers this quarter to the questions of the children's voice hallmark, where shown. */
  survey: SurveyQuestionRecord[];
  /** Open actions linked to an indicator, past their due date. */
  overdueActions: LinkedAction[];
  /** Ofsted requirements past their date whose actions are not all done. */
  requirements: RequirementRecord[];
}

const REG44_LINK = { link: '#/inspections', linkText: 'Reg 44 visits' };
const REG45_LINK = { link: '#/inspections/reg45', linkText: 'Reg 45 reviews' };
const FIGURES_LINK = { link: '#/figures', linkText: 'Quarterly figures' };
const VOICE_LINK = { link: '#/voice', linkText: "Young people's answers" };
const ACTIONS_LINK = { link: '#/actions', linkText: 'Action plan' };
const OFSTED_LINK = { link: '#/inspections', linkText: 'Ofsted inspections' };

/** The Reg 45 report goes to Ofsted within 28 days of the review's completion (reg 45(4)(a)). */
export const REG45_OFSTED_DAYS = 28;

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function reg44Facts(input: RecordsInput, keys: string[]): RecordFact[] {
  const open = input.reg44.filter((r) => r.respondedOn === null);
  if (open.length === 0) return [];
  const overdue = open.filter((r) => r.respondBy !== null && r.respondBy < input.asOf);
  const oldest = overdue.map((r) => r.respondBy!).sort()[0];
  const text =
    overdue.length > 0
      ? `Reg 44 records: ${plural(open.length, 'recommendation is', 'recommendations are')} not yet answered, ${overdue.length} past the timescale the independent person set (the earliest was due by ${formatIsoDate(oldest!)}).`
      : `Reg 44 records: ${plural(open.length, 'recommendation is', 'recommendations are')} not yet answered, none past its timescale.`;
  return keys.map((indicatorKey) => ({
    indicatorKey,
    text,
    ...REG44_LINK,
    ceiling: overdue.length > 0 ? 2 : null,
  }));
}

function reg45Facts(input: RecordsInput, keys: string[]): RecordFact[] {
  const latest = [...input.reg45]
    .filter((r) => r.completedOn <= input.asOf)
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
    .at(-1);
  if (!latest) return [];
  const due = addDays(latest.completedOn, REG45_OFSTED_DAYS);
  const completed = formatIsoDate(latest.completedOn);
  let text: string;
  let late: boolean;
  if (latest.sentToOfstedOn !== null) {
    late = latest.sentToOfstedOn > due;
    text = late
      ? `Reg 45 records: the report of the review completed on ${completed} reached Ofsted on ${formatIsoDate(latest.sentToOfstedOn)}, ${plural(daysBetween(due, latest.sentToOfstedOn), 'day', 'days')} after the 28 days from completion.`
      : `Reg 45 records: the report of the review completed on ${completed} reached Ofsted on ${formatIsoDate(latest.sentToOfstedOn)}, within 28 days of completion.`;
  } else {
    late = input.asOf > due;
    text = late
      ? `Reg 45 records: no date is recorded for sending the report of the review completed on ${completed} to Ofsted; the 28 days from completion ended on ${formatIsoDate(due)}.`
      : `Reg 45 records: the report of the review completed on ${completed} is due to Ofsted by ${formatIsoDate(due)} (28 days from completion).`;
  }
  return keys.map((indicatorKey) => ({ indicatorKey, text, ...REG45_LINK, ceiling: late ? 2 : null }));
}

function figureFacts(input: RecordsInput, has: (key: string) => boolean): RecordFact[] {
  const v = input.figures;
  if (!v) return [];
  const facts: RecordFact[] = [];
  const add = (keys: string[], text: string) => {
    for (const indicatorKey of keys.filter(has))
      facts.push({
        indicatorKey,
        text: `Figures for ${input.quarterLabel}: ${text}`,
        ...FIGURES_LINK,
        ceiling: null,
      });
  };
  const metric = (key: string) => METRICS.find((m) => m.key === key)?.compute(v, input.year) ?? null;
  if (typeof v.missingEpisodes === 'number') {
    const parts = [plural(v.missingEpisodes, 'missing-from-care episode', 'missing-from-care episodes')];
    if (typeof v.childrenMissing === 'number')
      parts.push(`involving ${plural(v.childrenMissing, 'child', 'children')}`);
    if (typeof v.returnInterviewsOffered === 'number')
      parts.push(`a return-home interview offered for ${v.returnInterviewsOffered}`);
    if (typeof v.returnInterviewsHeld === 'number')
      parts.push(`${v.returnInterviewsHeld} held within 72 hours`);
    if (typeof v.returnInterviewsDeclined === 'number')
      parts.push(`${v.returnInterviewsDeclined} declined by the child`);
    add(['safe.missing-from-care', 'safe.missing'], `${parts.join(', ')}.`);
  }
  if (typeof v.restraintIncidents === 'number') {
    const parts = [plural(v.restraintIncidents, 'restraint', 'restraints')];
    if (typeof v.restraintChildren === 'number')
      parts.push(`involving ${plural(v.restraintChildren, 'child', 'children')}`);
    add(['rel.behaviour-progress', 'rel.behaviour'], `${parts.join(', ')}.`);
  }
  if (typeof v.controlMeasures === 'number') {
    // Regulation 35's three clocks, each said apart: a record can be made in time and the child not spoken to.
    const parts = [
      plural(
        v.controlMeasures,
        'measure of control, discipline or restraint',
        'measures of control, discipline or restraint',
      ),
    ];
    const clocks: [number | null | undefined, string][] = [
      [v.measuresRecordedInTime, 'recorded within 24 hours'],
      [v.measuresSignedInTime, 'staff member spoken to and record signed within 48 hours'],
      [v.measuresChildSpokenInTime, 'child spoken to within 5 days'],
    ];
    for (const [n, what] of clocks) if (typeof n === 'number') parts.push(`${n} ${what}`);
    add(['rel.behaviour-progress', 'rel.behaviour'], `${parts.join(', ')}.`);
  }
  const stability = metric('stability');
  if (stability !== null)
    add(['staff.turnover'], `staff stability ${stability}% (staff in post 12 months ago still in post).`);
  const turnover = metric('turnover');
  if (turnover !== null) add(['staff.turnover'], `staff turnover ${turnover}% over the last 12 months.`);
  const agency = metric('agencyShare');
  if (agency !== null) add(['staff.own-cover'], `agency staff worked ${agency}% of shifts.`);
  return facts;
}

function surveyFacts(input: RecordsInput, keys: string[]): RecordFact[] {
  return input.survey.flatMap((q) => {
    const counts = q.counts.map((c) => `${c.label} ${c.count}`).join(', ');
    const text = `Young people's survey, ${input.quarterLabel}: "${q.wording}" ${plural(q.answered, 'young person', 'young people')} answered (${counts}).`;
    const ceiling = q.onGradeLine === null ? null : nearestGrade(q.onGradeLine);
    return keys.map((indicatorKey) => ({ indicatorKey, text, ...VOICE_LINK, ceiling }));
  });
}

/** Every fact the records hold about the review's indicators, in the order they are shown. */
export function recordFacts(input: RecordsInput): RecordFact[] {
  const present = new Set(input.indicatorKeys);
  const has = (key: string) => present.has(key);
  const actions = input.overdueActions
    .filter((a) => has(a.indicatorKey))
    .map((a): RecordFact => ({
      indicatorKey: a.indicatorKey,
      text: `Action plan: "${short(a.title)}" was due by ${formatIsoDate(a.dueOn)} and is not done.`,
      ...ACTIONS_LINK,
      ceiling: 3,
    }));
  const requirements = input.requirements.flatMap((r) =>
    r.indicatorKeys.filter(has).map((indicatorKey): RecordFact => ({
      indicatorKey,
      text: `Ofsted requirement${r.regulation ? ` (${r.regulation})` : ''}, to be met by ${formatIsoDate(r.complyBy)}: "${short(r.text)}" Its actions are not all done.`,
      ...OFSTED_LINK,
      ceiling: 2,
    })),
  );
  return [
    ...reg44Facts(input, ['safe.reg44'].filter(has)),
    ...reg45Facts(input, ['safe.reg45'].filter(has)),
    ...figureFacts(input, has),
    ...surveyFacts(
      input,
      input.indicatorKeys.filter((k) => k.startsWith('voice.')),
    ),
    ...actions,
    ...requirements,
  ];
}

/** The lowest ceiling the records put on one indicator, or null when none does. */
export function recordsCeiling(facts: RecordFact[], indicatorKey: string): Grade | null {
  const ceilings = facts
    .filter((f) => f.indicatorKey === indicatorKey && f.ceiling !== null)
    .map((f) => f.ceiling!);
  return ceilings.length === 0 ? null : (Math.min(...ceilings) as Grade);
}

/** Whether this rating is above what the records suggest, so one sentence of reasoning is asked. */
export function aboveRecords(rating: number | null, ceiling: Grade | null): boolean {
  return rating !== null && rating > 0 && ceiling !== null && rating > ceiling;
}

/**
 * Before sign-off: every indicator rated above what its records suggest, without its sentence of
 * reasoning. Each problem names the indicator's domain and key, so it links to the place it is put right.
 */
export function missingRecordsReasons(
  detail: ReviewDetail,
  facts: RecordFact[],
  domainTitles: Record<string, string>,
): Problem[] {
  return detail.indicators.flatMap((indicator) => {
    const ceiling = recordsCeiling(facts, indicator.key);
    if (!aboveRecords(indicator.rating, ceiling) || indicator.recordsReason.trim()) return [];
    return [
      {
        message: `${domainTitles[indicator.domainKey] ?? indicator.domainKey}: say in one sentence why "${short(indicator.statement)}" is ${ratingLabel(indicator.rating!)} when your records suggest ${ratingLabel(ceiling!)}.`,
        domainKey: indicator.domainKey,
        indicatorKey: indicator.key,
        field: `indicator.${indicator.key}.recordsReason`,
      },
    ];
  });
}
