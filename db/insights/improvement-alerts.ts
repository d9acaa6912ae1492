import type { Alert } from '../../contract/alerts';
import type { DutiesOverview } from '../../contract/duties';
import type { Reg45Record } from '../../contract/records';
import { STAFF_CHECK_KINDS, STAFF_CHECK_WORDS } from '../../contract/staff-checks';
import { formatIsoDate as longDate, formatIsoMonth as monthName } from '../../contract/rules/dates';

type NewAlert = Omit<Alert, 'acknowledged'>;

export interface ImprovementFacts {
  today: string;
  overdueActions: { id: number; title: string; dueOn: string }[];
  /** "2026-09", newest first. */
  reg44MissingMonths: string[];
  reg45: Reg45Record[];
  duties: DutiesOverview;
  /** Ofsted requirements past their compliance date whose action is not done. */
  overdueRequirements: { id: number; regulation: string; complyBy: string }[];
}

function actionAlerts(f: ImprovementFacts): NewAlert[] {
  const n = f.overdueActions.length;
  if (n === 0) return [];
  const oldest = [...f.overdueActions].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]!;
  return [
    {
      key: `actions-overdue:${f.overdueActions.map((a) => a.id).join(',')}`,
      kind: 'actions-overdue',
      severity: 'high',
      title: n === 1 ? 'An action is overdue' : `${n} actions are overdue`,
      detail:
        n === 1
          ? `“${oldest.title.slice(0, 120)}” was due by ${longDate(oldest.dueOn)}.`
          : `The oldest was due by ${longDate(oldest.dueOn)}.`,
      link: '#/actions/overdue',
      linkText: 'See overdue actions',
    },
  ];
}

function reg44Alerts(f: ImprovementFacts): NewAlert[] {
  return f.reg44MissingMonths.slice(0, 3).map((month) => ({
    key: `reg44-missing:${month}`,
    kind: 'reg44-missing',
    severity: 'high',
    title: `No Reg 44 visit recorded for ${monthName(month)}`,
    detail:
      'Regulation 44: the registered person must make sure the independent person visits at least once each month. Record the visit if it happened, or find out why it did not.',
    link: '#/inspections/reg44',
    linkText: 'Reg 44 visits',
  }));
}

function reg45Alerts(f: ImprovementFacts): NewAlert[] {
  return f.reg45
    .filter((r) => r.ofstedState === 'due-soon' || r.ofstedState === 'late')
    .map((r) => {
      const late = r.ofstedState === 'late';
      return {
        key: `reg45-ofsted-${late ? 'late' : 'due'}:${r.completedOn}`,
        kind: late ? 'reg45-ofsted-late' : 'reg45-ofsted-due',
        severity: late ? 'high' : 'medium',
        title: late ? 'The Reg 45 report to Ofsted is late' : 'Send the Reg 45 report to Ofsted',
        detail: `The review completed on ${longDate(r.completedOn)} must reach Ofsted by ${longDate(r.ofstedDeadline)}: 28 days from the date the review was completed. Record the date it was sent.`,
        link: '#/inspections/reg45',
        linkText: 'Reg 45 records',
      } satisfies NewAlert;
    });
}

function dutyAlerts(f: ImprovementFacts): NewAlert[] {
  const due = [
    ...f.duties.duties.map((d) => ({ ref: d.ref, title: d.title, date: d.nextDueOn, state: d.state })),
    ...f.duties.qualifications.map((q) => ({
      ref: `qualification:${q.id}`,
      title: `${q.person}: Level ${q.level}`,
      date: q.deadline,
      state: q.state,
    })),
    ...f.duties.appraisals.map((a) => ({
      ref: `appraisal:${a.staffId}`,
      title: `${a.name}: appraisal`,
      date: a.nextDueOn,
      state: a.state,
    })),
    ...f.duties.staffChecks.flatMap((c) =>
      STAFF_CHECK_KINDS.map((kind) => ({
        ref: `${kind}:${c.staffId}`,
        title: `${c.name}: ${STAFF_CHECK_WORDS[kind].alert}`,
        date: c[kind].dueOn,
        state: c[kind].state,
      })),
    ),
  ];
  return due
    .filter((d) => d.date && (d.state === 'late' || d.state === 'due-soon'))
    .map((d) => {
      const late = d.state === 'late';
      return {
        key: `duty-${late ? 'late' : 'due'}:${d.ref}:${d.date}`,
        kind: late ? 'duty-late' : 'duty-due',
        severity: late ? 'high' : 'medium',
        title: late ? `Late: ${d.title}` : `Due soon: ${d.title}`,
        detail: late ? `It was due by ${longDate(d.date!)}.` : `It is due by ${longDate(d.date!)}.`,
        link: '#/inspections/calendar',
        linkText: 'Dates that must not slip',
      } satisfies NewAlert;
    });
}

/** One low set-up alert for the records still to add, keyed by which they are so a new one shows again. */
function setupAlert(
  kind: 'appraisals-unknown' | 'qualifications-unknown',
  ids: number[],
  title: string,
  detail: string,
): NewAlert[] {
  if (ids.length === 0) return [];
  return [
    {
      key: `${kind}:${ids.join(',')}`,
      kind,
      severity: 'low',
      title,
      detail,
      link: '#/inspections/calendar',
      linkText: 'Dates that must not slip',
    },
  ];
}

/**
 * Set-up, not an alarm: staff with no appraisal date Hallmarks can work from (none recorded, and a start
 * date that would put it before the home's first quarter here was out, or no start date). One low
 * alert for them all, saying what to do next.
 */
function appraisalSetupAlert(f: ImprovementFacts): NewAlert[] {
  const unknown = f.duties.appraisals.filter((a) => a.state === 'not-recorded');
  const n = unknown.length;
  return setupAlert(
    'appraisals-unknown',
    unknown.map((a) => a.staffId),
    n === 1
      ? 'Record when one of the staff was last appraised'
      : `Record when ${n} staff were last appraised`,
    'Add the date of each one’s last appraisal, so Hallmarks can remind you when the next is due (Reg 33(4): at least once a year).',
  );
}

/**
 * Set-up, not an alarm: in the home's first quarter here, Level 3 and Level 5 deadlines that had passed
 * before the home was added, with no achievement or deferral recorded (staff-dates.ts). One low alert
 * for them all, asking what happened.
 */
function qualificationSetupAlert(f: ImprovementFacts): NewAlert[] {
  const unknown = f.duties.qualifications.filter((q) => q.state === 'not-recorded');
  const n = unknown.length;
  return setupAlert(
    'qualifications-unknown',
    unknown.map((q) => q.id),
    n === 1
      ? 'Record whether a Level 3 or Level 5 deadline was met'
      : `Record whether ${n} Level 3 or Level 5 deadlines were met`,
    `${n === 1 ? 'This deadline' : 'These deadlines'} passed before the home was added to Hallmarks. Record the date the qualification (or one you consider equivalent) was achieved, or the deferral, so Hallmarks shows where it stands (Regs 32 and 28).`,
  );
}

function requirementAlerts(f: ImprovementFacts): NewAlert[] {
  return f.overdueRequirements.map((r) => ({
    key: `requirement-overdue:${r.id}`,
    kind: 'requirement-overdue',
    severity: 'high',
    title: 'An Ofsted requirement is past its compliance date',
    detail: `${r.regulation ? `${r.regulation}: ` : ''}the compliance date was ${longDate(r.complyBy)}.`,
    link: '#/inspections/ofsted',
    linkText: 'Ofsted inspections',
  }));
}

/** Alerts about the home's improvement work and the dates inspectors check. */
export function improvementAlerts(f: ImprovementFacts): NewAlert[] {
  return [
    ...actionAlerts(f),
    ...requirementAlerts(f),
    ...reg44Alerts(f),
    ...reg45Alerts(f),
    ...dutyAlerts(f),
    ...appraisalSetupAlert(f),
    ...qualificationSetupAlert(f),
  ];
}
