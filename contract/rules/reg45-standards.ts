import type { Grade } from '../framework';
import { quarterLabel } from './quarters';

/**
 * Which Quality Standards (regs 5 to 14) each indicator speaks to, for the Reg 45 report. A domain maps to
 * several standards, and printing the domain's reason under each of them pasted, say, the leadership
 * domain's reason under reg 5: so the report maps indicators, each to the standards its subject belongs
 * to (reg 5: challenge and the wider system; reg 10: health and medicines; reg 14: moves and care
 * planning). Keys are the framework's indicator keys, versions 1 to 3; an indicator not listed falls under
 * its domain's principal standard.
 */
export const INDICATOR_STANDARDS: Record<string, readonly number[]> = {
  'lead.visible': [13],
  'lead.purpose': [6, 13],
  'lead.shared-improvement': [13],
  'lead.knows-children': [6, 14],
  'lead.challenge': [5],
  'lead.learning': [13],
  'lead.far-from-home': [5, 14],
  'staff.turnover': [13],
  'staff.own-cover': [13],
  'staff.keyworker': [11, 14],
  'staff.vacancies': [13],
  'staff.routines': [13],
  'voice.meetings': [7],
  'voice.all-children': [7],
  'voice.complaints': [7],
  'voice.advocacy': [7],
  'voice.feedback': [7],
  'voice.home-life': [6, 7],
  'voice.identity': [6],
  'asp.goals': [9],
  'asp.experiences': [9],
  'asp.celebrate': [9],
  'asp.health': [10, 5],
  'asp.independence': [6, 9],
  'asp.medicines': [10],
  'asp.homely': [6],
  'edu.place': [8, 14],
  'edu.schools': [8, 5],
  'edu.escalate': [8, 5],
  'edu.home-learning': [8],
  'edu.participation': [8],
  'edu.progress': [8],
  'work.recruit': [13],
  'work.induction': [13],
  'work.supervision': [13],
  'work.training': [13],
  'work.develop': [13],
  'rel.trusted-adult': [11],
  'rel.behaviour-progress': [11, 12],
  'rel.family': [11, 14],
  'rel.moves': [14],
  'rel.stable-placements': [14],
  'rel.peers': [11, 12],
  'rel.consequences': [12],
  'rel.care-planning': [14],
  'safe.risks': [12],
  'safe.missing-from-care': [12],
  'safe.missing': [12],
  'safe.allegations': [12],
  'safe.reg44': [13],
  'safe.reg45': [13],
  'safe.trends': [13],
  'safe.liberty': [12],
};

/** Each domain's own standard: the one its judgement and reason print under. */
export const DOMAIN_STANDARD: Record<string, number> = {
  leadership: 13,
  staffing: 13,
  voice: 7,
  aspirations: 9,
  education: 8,
  workforce: 13,
  relationships: 11,
  safety: 12,
};

/** The standards an indicator speaks to; an unlisted one falls under its domain's own standard. */
export function standardsOf(indicatorKey: string, domainKey: string): readonly number[] {
  const listed = INDICATOR_STANDARDS[indicatorKey];
  if (listed) return listed;
  const own = DOMAIN_STANDARD[domainKey];
  return own === undefined ? [] : [own];
}

const WORDS: Record<Grade, string> = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Requires improvement',
  1: 'Inadequate',
};

export interface GradeStep {
  quarter: string;
  grade: Grade | null;
}

/**
 * A judgement's path across a period, every step named: "Good → Inadequate → Good", then each change in
 * words ("fell to Inadequate in Apr to Jun 2026; rose to Good in Jul to Sep 2026"). A path that dips and
 * recovers is never "Sustained": only a path with no change says it. A quarter without a judgement is a
 * gap ("no judgement"), and the comparison restarts after it.
 */
export function stepMovement(steps: readonly GradeStep[]): string {
  if (steps.every((s) => s.grade === null)) return 'No judgement in this period';
  const path = steps.map((s) => (s.grade === null ? 'no judgement' : WORDS[s.grade])).join(' → ');
  const changes = stepChanges(steps);
  return `${path}: ${changes.charAt(0).toLowerCase()}${changes.slice(1)}`;
}

/**
 * Only the changes of a path, for a table whose row already shows each quarter's grade: "Fell to
 * Inadequate in Apr to Jun 2026; rose to Good in Jul to Sep 2026", or "Sustained" when nothing changed.
 */
export function stepChanges(steps: readonly GradeStep[]): string {
  const known = steps.filter((s) => s.grade !== null);
  if (known.length === 0) return 'No judgement in this period';
  if (known.length === 1) return 'One judgement, nothing to compare';
  const changes: string[] = [];
  for (let i = 1; i < steps.length; i++) {
    const before = steps[i - 1]!.grade;
    const now = steps[i]!.grade;
    if (before === null || now === null || before === now) continue;
    changes.push(`${now < before ? 'fell' : 'rose'} to ${WORDS[now]} in ${quarterLabel(steps[i]!.quarter)}`);
  }
  if (changes.length === 0)
    return known.every((s) => s.grade === known[0]!.grade)
      ? 'Sustained'
      : 'Changed across a quarter with no judgement';
  const text = changes.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
