import { formatIsoDate } from './dates';
import type { Grade } from '../framework';
import { ratingLabel } from './judgements';
import type { MetricValues } from '../metric-fields';
import { METRICS, type MetricDefinition } from './metrics';
import { addQuarters, quarterDates, quarterLabel } from './quarters';
import type { Reg44Record } from './records-say';

/**
 * "What changed since last quarter": per domain, what the home's own records show moved between the
 * quarter before the review's and the review's own (figures, Reg 44, young people's survey, actions done
 * or overdue, the team's ratings), so the manager starts a domain from facts. Facts only: no rating is
 * suggested or carried here. Where one side has nothing, it says so rather than calling it unchanged.
 */
export interface ChangeLine {
  text: string;
  /** A hash route to where the record is kept. */
  link: string;
  linkText: string;
}

export interface DomainChanges {
  domainKey: string;
  lines: ChangeLine[];
  /** Said when nothing moved, so an empty list never reads as "nothing to look at". */
  none: string | null;
}

export interface HallmarkSurvey {
  domainKey: string;
  answered: number;
  /** Null when too few answered to show a figure, or nothing scored. */
  onGradeLine: number | null;
}

export interface ActionRecord {
  title: string;
  /** The domain it serves (an indicator's own domain), or null. */
  domainKey: string | null;
  dueOn: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  completedOn: string | null;
}

/** The team's median per indicator for one review, only where enough staff rated to show it. */
export type TeamMedians = Record<string, Grade | null>;

export interface QuarterChangesInput {
  /** The review's quarter, "2026-Q4". */
  quarter: string;
  /** The home's date today. */
  asOf: string;
  domains: { key: string; indicators: { key: string; number: string }[] }[];
  figures: { now: MetricValues | null; before: MetricValues | null };
  /** Four quarters ending with each, oldest first, for 12-month figures. */
  years: { now: (MetricValues | null)[]; before: (MetricValues | null)[] };
  /** Every Reg 44 recommendation made up to today, and the domain its indicator is in. */
  reg44: Reg44Record[];
  reg44DomainKey: string | null;
  survey: { now: HallmarkSurvey[]; before: HallmarkSurvey[] };
  actions: ActionRecord[];
  /** Null when the team did not rate (this quarter, or in the last completed review). */
  team: { now: TeamMedians | null; before: TeamMedians | null };
}

const REG44 = { link: '#/inspections', linkText: 'Reg 44 visits' };
const FIGURES = { link: '#/figures', linkText: 'Quarterly figures' };
const VOICE = { link: '#/voice', linkText: "Young people's answers" };
const ACTIONS = { link: '#/actions', linkText: 'Action plan' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

function valueText(metric: MetricDefinition, value: number): string {
  switch (metric.unit) {
    case '%':
      return `${value}%`;
    case 'count':
      return String(value);
    default:
      return `${value} ${metric.unit}`;
  }
}

function figureLines(input: QuarterChangesInput, domainKey: string, before: string): ChangeLine[] {
  const { now, before: was } = input.figures;
  if (!now) return [];
  return METRICS.filter((m) => m.domainKey === domainKey).flatMap((metric) => {
    const a = was ? metric.compute(was, input.years.before) : null;
    const b = metric.compute(now, input.years.now);
    if (b === null || a === b) return [];
    // A 12-month figure's label already names its period ("Staff turnover, rolling 12 months").
    const { label } = metric;
    const text =
      a === null
        ? `${label}: ${valueText(metric, b)} (no figure for ${before}).`
        : `${label} ${b > a ? 'rose' : 'fell'} from ${valueText(metric, a)} to ${valueText(metric, b)}.`;
    return [{ text, ...FIGURES }];
  });
}

function reg44Lines(input: QuarterChangesInput, start: string, label: string): ChangeLine[] {
  const made = input.reg44.filter((r) => r.visitedOn >= start && r.visitedOn <= input.asOf).length;
  const answered = input.reg44.filter(
    (r) => r.respondedOn !== null && r.respondedOn >= start && r.respondedOn <= input.asOf,
  ).length;
  const late = input.reg44.filter(
    (r) => r.respondedOn === null && r.respondBy !== null && r.respondBy < input.asOf,
  ).length;
  if (made + answered + late === 0) return [];
  const parts = [
    `${plural(made, 'new recommendation', 'new recommendations')} since the start of ${label}`,
    `${answered} answered`,
  ];
  if (late > 0) parts.push(`${plural(late, 'is', 'are')} past the timescale the independent person set`);
  return [{ text: `Reg 44: ${parts.join(', ')}.`, ...REG44 }];
}

function surveyLines(input: QuarterChangesInput, domainKey: string, label: string, before: string) {
  const now = input.survey.now.find((s) => s.domainKey === domainKey);
  if (!now || now.answered === 0) return [];
  const was = input.survey.before.find((s) => s.domainKey === domainKey);
  const grade = (n: number) => n.toFixed(1);
  let text: string;
  if (now.onGradeLine === null)
    text = `Young people's survey, ${label}: ${plural(now.answered, 'young person', 'young people')} answered, too few to show a figure.`;
  else if (was?.onGradeLine == null)
    text = `Young people's survey, ${label}: ${grade(now.onGradeLine)} on the grade line (1 to 4); no figure for ${before} to compare.`;
  else if (grade(was.onGradeLine) === grade(now.onGradeLine)) return [];
  else
    text = `Young people's survey: ${grade(now.onGradeLine)} on the grade line (1 to 4), ${now.onGradeLine > was.onGradeLine ? 'up' : 'down'} from ${grade(was.onGradeLine)} in ${before}.`;
  return [{ text, ...VOICE }];
}

function actionLines(input: QuarterChangesInput, domainKey: string, start: string): ChangeLine[] {
  const mine = input.actions.filter((a) => a.domainKey === domainKey);
  const done = mine.filter((a) => a.status === 'done' && a.completedOn !== null && a.completedOn >= start);
  const overdue = mine.filter(
    (a) => (a.status === 'open' || a.status === 'in_progress') && a.dueOn < input.asOf,
  );
  const lines: ChangeLine[] = [];
  if (done.length > 0)
    lines.push({
      text: `Action plan: ${plural(done.length, 'action', 'actions')} done this quarter: ${done.map((a) => `"${short(a.title)}"`).join('; ')}.`,
      ...ACTIONS,
    });
  if (overdue.length > 0)
    lines.push({
      text: `Action plan: ${plural(overdue.length, 'action is', 'actions are')} overdue: ${overdue.map((a) => `"${short(a.title)}" (due ${formatIsoDate(a.dueOn)})`).join('; ')}.`,
      ...ACTIONS,
    });
  return lines;
}

function teamLines(input: QuarterChangesInput, domain: QuarterChangesInput['domains'][number]) {
  const { now, before } = input.team;
  if (!now || !before) return [];
  return domain.indicators.flatMap(({ key, number }) => {
    const a = before[key] ?? null;
    const b = now[key] ?? null;
    if (a === null || b === null || a === b) return [];
    return [
      {
        text: `The team's ratings for ${number}: the middle rating ${b > a ? 'rose' : 'fell'} from ${ratingLabel(a)} to ${ratingLabel(b)}.`,
        link: '#/team',
        linkText: 'Team ratings',
      },
    ];
  });
}

/** What the records show moved, per domain, in the framework's order. */
export function quarterChanges(input: QuarterChangesInput): DomainChanges[] {
  const label = quarterLabel(input.quarter);
  const before = quarterLabel(addQuarters(input.quarter, -1));
  const start = quarterDates(input.quarter).start;
  return input.domains.map((domain) => {
    const lines = [
      ...figureLines(input, domain.key, before),
      ...(domain.key === input.reg44DomainKey ? reg44Lines(input, start, label) : []),
      ...surveyLines(input, domain.key, label, before),
      ...actionLines(input, domain.key, start),
      ...teamLines(input, domain),
    ];
    let none: string | null = null;
    if (lines.length === 0)
      none = input.figures.now
        ? `Nothing in the home's records for this domain moved since ${before}.`
        : `Nothing in the home's records for this domain moved since ${before}, and no figures are entered for ${label} yet.`;
    return { domainKey: domain.key, lines, none };
  });
}
