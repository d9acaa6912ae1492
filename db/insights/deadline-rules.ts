import type { ActionStatus, SccifKey } from '../../contract/actions';
import { SCCIF_KEYS } from '../../contract/actions';
import type { DutyState } from '../../contract/duties';
import type {
  CalibrationRow,
  CalibrationSummary,
  Reg45OfstedState,
  SccifGrades,
} from '../../contract/records';
import { addDays, addMonths, daysBetween } from '../../contract/rules/dates';

/** Reg 44 reports may arrive after the month ends; the alert waits this many days. */
export const REG44_GRACE_DAYS = 10;
/** Reg 45: a reminder this many days after completion if the report has not gone to Ofsted… */
export const REG45_OFSTED_REMINDER_DAYS = 21;
/** …and the legal limit: within 28 days of completion. */
export const REG45_OFSTED_DEADLINE_DAYS = 28;
/** Recurring duties and deadlines warn this many days ahead. */
export const DUTY_WARNING_DAYS = 30;

/** An open or in-progress action past its due date. Due today is not yet overdue. */
export const isOverdue = (action: { status: ActionStatus; dueOn: string }, today: string): boolean =>
  (action.status === 'open' || action.status === 'in_progress') && action.dueOn < today;

const monthOf = (iso: string) => iso.slice(0, 7);
function nextMonth(month: string): string {
  return addMonths(`${month}-01`, 1).slice(0, 7);
}
const monthEnd = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

/**
 * Calendar months with no Reg 44 visit recorded, once the month has ended and the 10-day grace for the
 * report has passed. Months are counted from `since` (the home's first month in Hallmarks, or its first
 * recorded visit if earlier), at most the last 12 months. Newest first.
 */
export function reg44MissingMonths(visitDates: string[], since: string, today: string): string[] {
  const visited = new Set(visitDates.map(monthOf));
  let month = reg44CheckedFrom(visitDates, since, today);
  const missing: string[] = [];
  while (addDays(monthEnd(month), REG44_GRACE_DAYS) < today) {
    if (!visited.has(month)) missing.push(month);
    month = nextMonth(month);
  }
  return missing.reverse();
}

/** The first month `reg44MissingMonths` looks at ("2026-05"): earlier months are not checked. */
export function reg44CheckedFrom(visitDates: string[], since: string, today: string): string {
  const earliest = monthOf([since, ...visitDates].sort()[0]!);
  const yearAgo = monthOf(addMonths(today, -12));
  return earliest > yearAgo ? earliest : yearAgo;
}

export const reg45OfstedDeadline = (completedOn: string) => addDays(completedOn, REG45_OFSTED_DEADLINE_DAYS);

/** Where a Reg 45 report stands with Ofsted: due within 28 days of completion, a reminder from day 21. */
export function reg45OfstedState(
  completedOn: string,
  sentOn: string | null,
  today: string,
): Reg45OfstedState {
  const deadline = reg45OfstedDeadline(completedOn);
  if (sentOn) return sentOn <= deadline ? 'sent' : 'sent-late';
  if (today > deadline) return 'late';
  if (daysBetween(completedOn, today) >= REG45_OFSTED_REMINDER_DAYS) return 'due-soon';
  return 'waiting';
}

/** A duty's next due date: months after it was last done, or its set date for a one-off. */
export function dutyNextDue(
  everyMonths: number | null,
  lastDoneOn: string | null,
  dueOn: string | null,
): string | null {
  if (everyMonths !== null) return lastDoneOn ? addMonths(lastDoneOn, everyMonths) : dueOn;
  return lastDoneOn ? null : dueOn;
}

/** Late once the due date has passed; due soon within 30 days of it. */
export function dueState(nextDue: string | null, today: string, done = false): DutyState {
  if (done) return 'done';
  if (!nextDue) return 'not-recorded';
  if (today > nextDue) return 'late';
  return daysBetween(today, nextDue) <= DUTY_WARNING_DAYS ? 'due-soon' : 'ok';
}

/** Regs 32 and 28: Level 3 within 2 years of starting in a care role; Level 5 within 3 years for managers. */
export const qualificationDeadline = (level: 3 | 5, startedOn: string) =>
  addMonths(startedOn, level === 3 ? 24 : 36);

/** The home's judgements beside Ofsted's, one row per SCCIF judgement. */
export function calibrate(ofsted: SccifGrades, home: SccifGrades): CalibrationRow[] {
  return SCCIF_KEYS.map((key: SccifKey) => {
    const [o, h] = [ofsted[key], home[key]];
    const direction = o === null || h === null ? null : h === o ? 'agreed' : h > o ? 'higher' : 'lower';
    return { key, ofsted: o, home: h, direction };
  });
}

/** Across inspections: how often the home's own judgement matched Ofsted's, and which way it differed. */
export function calibrationSummary(rows: CalibrationRow[]): CalibrationSummary {
  const compared = rows.filter((r) => r.direction !== null);
  const count = (d: CalibrationRow['direction']) => compared.filter((r) => r.direction === d).length;
  return {
    compared: compared.length,
    agreed: count('agreed'),
    higher: count('higher'),
    lower: count('lower'),
  };
}
