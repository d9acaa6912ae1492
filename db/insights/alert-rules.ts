import type { Alert } from '../../contract/alerts';
import type { SccifArea } from '../../contract/framework';
import type { Grade } from '../../contract/framework';
import { ratingLabel } from '../../contract/rules/judgements';
import { addQuarters, quarterDates, quarterLabel } from '../../contract/rules/quarters';
import { SCCIF_TITLES, sccifTitleInSentence } from '../../contract/rules/sccif-titles';
import { movement } from '../../contract/rules/trends';
import {
  addDays,
  addMonths,
  dateOfTimestamp,
  daysBetween,
  formatIsoDate as longDate,
  quarterOfIso,
} from '../../contract/rules/dates';

/** A quarter's review is overdue this many days after the quarter ends. */
export const REVIEW_GRACE_DAYS = 30;
/** Reg 45 reviews are due at least every six months; warn this many days ahead. */
export const REG45_WARNING_DAYS = 30;

export interface ReviewPoint {
  id: number;
  quarter: string;
  status: 'draft' | 'completed';
  overall: Grade | null;
  judgements: Record<string, Grade | null>;
  frameworkVersion?: number;
  /** The three SCCIF judgements, by area; absent for reviews made against framework version 1. */
  sccif?: Partial<Record<SccifArea, Grade | null>>;
}

export interface AlertInputs {
  /** ISO date. */
  today: string;
  /** ISO timestamp the home was added. */
  homeCreatedAt: string;
  /** Every review of the home, oldest quarter first. */
  reviews: ReviewPoint[];
  domainTitles: Record<string, string>;
  /** Dates of completed Reg 45 reviews, any order. */
  reg45Dates: string[];
}

type NewAlert = Omit<Alert, 'acknowledged'>;

/**
 * Leaders and managers judged Good or better in the same review that found helped and protected
 * Inadequate: the home's own monitoring is meant to find what keeps children unsafe, so the two together
 * need a second look.
 */
function mismatchAlert(inputs: AlertInputs): NewAlert[] {
  const latest = inputs.reviews.filter((r) => r.status === 'completed').at(-1);
  const protection = latest?.sccif?.protection ?? null;
  const leadership = latest?.sccif?.leadership ?? null;
  if (!latest || protection !== 1 || leadership === null || leadership < 3) return [];
  return [
    {
      key: `judgement-mismatch:${latest.quarter}`,
      kind: 'judgement-mismatch',
      severity: 'high',
      title: `${SCCIF_TITLES.leadership} is ${grade(leadership)} while ${sccifTitleInSentence('protection')} is Inadequate`,
      detail: `In ${quarterLabel(latest.quarter)} ${sccifTitleInSentence('leadership')} was judged ${grade(leadership)} while ${sccifTitleInSentence('protection')} was Inadequate. Did the home's own monitoring miss this? The reason given is with the judgements.`,
      link: `#/reviews/${latest.id}/summary`,
      linkText: `Open ${quarterLabel(latest.quarter)}`,
    },
  ];
}
const grade = (g: Grade) => ratingLabel(g);

function judgementAlerts(inputs: AlertInputs): NewAlert[] {
  const completed = inputs.reviews.filter((r) => r.status === 'completed');
  const [before, previous, latest] = [completed.at(-3), completed.at(-2), completed.at(-1)];
  if (!latest || !previous) return [];
  const span = `${quarterLabel(previous.quarter)} to ${quarterLabel(latest.quarter)}`;
  const subjects = [
    ...Object.keys(inputs.domainTitles).map((key) => ({
      key,
      title: inputs.domainTitles[key]!,
      pick: (r: ReviewPoint) => r.judgements[key] ?? null,
      link: `#/reviews/${latest.id}/domain/${key}`,
    })),
    {
      key: 'overall',
      title: 'The overall judgement',
      pick: (r: ReviewPoint) => r.overall,
      link: `#/reviews/${latest.id}`,
    },
    // The two judgements SCCIF makes first; reviews made with version 1 did not record them.
    ...(['protection', 'leadership'] as const).map((area) => ({
      key: `sccif-${area}`,
      title: SCCIF_TITLES[area],
      pick: (r: ReviewPoint) => r.sccif?.[area] ?? null,
      link: `#/reviews/${latest.id}/summary`,
    })),
  ];
  const alerts: NewAlert[] = [];
  for (const s of subjects) {
    const [was, now] = [s.pick(previous), s.pick(latest)];
    if (was === null || now === null) continue;
    const base = { link: s.link, linkText: `Open ${quarterLabel(latest.quarter)}` };
    if (movement(was, now) === 'declined') {
      const earlier = before ? s.pick(before) : null;
      const twice = earlier !== null && movement(earlier, was) === 'declined';
      alerts.push({
        ...base,
        key: `${twice ? 'declined-twice' : 'declined'}:${s.key}:${latest.quarter}`,
        kind: twice ? 'declined-twice' : 'declined',
        severity: twice ? 'high' : 'medium',
        title: twice ? `${s.title} has declined two quarters running` : `${s.title} declined`,
        detail: twice
          ? `From ${grade(earlier!)} to ${grade(was)} to ${grade(now)} (${quarterLabel(before!.quarter)} to ${quarterLabel(latest.quarter)}).`
          : `From ${grade(was)} to ${grade(now)} (${span}).`,
      });
    }
    if (was >= 3 && now < 3) {
      alerts.push({
        ...base,
        key: `below-good:${s.key}:${latest.quarter}`,
        kind: 'below-good',
        severity: 'high',
        title: `${s.title} fell below Good`,
        detail: `It is now ${grade(now)}, after ${grade(was)} in ${quarterLabel(previous.quarter)}.`,
      });
    }
  }
  return alerts;
}

function overdueReviewAlert(inputs: AlertInputs): NewAlert[] {
  const quarter = addQuarters(quarterOfIso(inputs.today), -1);
  const { end } = quarterDates(quarter);
  const due = addDays(end, REVIEW_GRACE_DAYS);
  if (inputs.today <= due || dateOfTimestamp(inputs.homeCreatedAt) > end) return [];
  const review = inputs.reviews.find((r) => r.quarter === quarter);
  if (review?.status === 'completed') return [];
  return [
    {
      key: `review-overdue:${quarter}`,
      kind: 'review-overdue',
      severity: 'medium',
      title: `The review for ${quarterLabel(quarter)} is overdue`,
      detail: review
        ? `It was due by ${longDate(due)}. A draft is in progress: ${daysBetween(due, inputs.today)} days late.`
        : `It was due by ${longDate(due)} and has not been started.`,
      link: review ? `#/reviews/${review.id}` : '#/reviews',
      linkText: review ? 'Continue the review' : 'Start the review',
    },
  ];
}

function reg45Alert(inputs: AlertInputs): NewAlert[] {
  const last = [...inputs.reg45Dates].sort().at(-1);
  const link = { link: '#/inspections/reg45', linkText: 'Reg 45 reviews' };
  if (!last) {
    return [
      {
        ...link,
        key: 'reg45-unknown',
        kind: 'reg45-unknown',
        severity: 'low',
        title: 'Record your last Reg 45 review',
        detail:
          'Add the date your last six-monthly quality of care review was completed, so Hallmarks can remind you when the next is due.',
      },
    ];
  }
  const due = addMonths(last, 6);
  if (inputs.today > due) {
    return [
      {
        ...link,
        key: `reg45-late:${due}`,
        kind: 'reg45-late',
        severity: 'high',
        title: 'The Reg 45 review is late',
        detail: `It was due by ${longDate(due)}: six months from the date the last one was completed, ${longDate(last)}.`,
      },
    ];
  }
  if (daysBetween(inputs.today, due) <= REG45_WARNING_DAYS) {
    return [
      {
        ...link,
        key: `reg45-due:${due}`,
        kind: 'reg45-due',
        severity: 'medium',
        title: 'The Reg 45 review is due soon',
        detail: `It is due by ${longDate(due)}, in ${daysBetween(inputs.today, due)} days: six months from the date the last one was completed, ${longDate(last)}. The report goes to Ofsted within 28 days of completing it.`,
      },
    ];
  }
  return [];
}

/** Every alert that applies today, most serious first. */
export function evaluateAlerts(inputs: AlertInputs): NewAlert[] {
  const order = { high: 0, medium: 1, low: 2 };
  return [
    ...judgementAlerts(inputs),
    ...mismatchAlert(inputs),
    ...overdueReviewAlert(inputs),
    ...reg45Alert(inputs),
  ].sort((a, b) => order[a.severity] - order[b.severity]);
}
