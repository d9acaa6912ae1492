import { METRIC_FIELDS, type ManagerStatus, type MetricFieldKey, type MetricValues } from '../metric-fields';
import { plausibilityWarnings, type OtherQuarter } from './figure-plausibility';
import { quarterDates } from './quarters';

/** The most any count can be: far above any home, so a slip of the keyboard is caught. */
export const FIGURE_MAX = 1_000_000;
/** More years in post than this is probably a typing slip (months entered as years, or an extra digit). */
export const MONTHS_IN_POST_WARN = 600;

export interface FigureContext {
  /** The home's registered places. */
  places: number;
  quarter: string;
  managerStatus?: ManagerStatus | null;
  /** The home's figures for other quarters, for the checks that read across quarters. */
  otherQuarters?: readonly OtherQuarter[];
}

export interface FigureProblems {
  /** Impossible figures: the form will not save. */
  errors: Record<string, string>;
  /** Unlikely figures: the manager checks them, then may save anyway. */
  warnings: Record<string, string>;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/** Days in the quarter: 90, 91 or 92. */
export function daysInQuarter(quarter: string): number {
  const { start, end } = quarterDates(quarter);
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

/** A part that cannot be more than its whole: [part, whole (summed), what the part is, what the whole is]. */
const LIMITS: [MetricFieldKey, MetricFieldKey[], string, string][] = [
  ['staffYearAgoStillHere', ['staffYearAgo'], 'Staff still in post', 'the staff in post 12 months ago'],
  ['shiftsAgency', ['shiftsTotal'], 'Agency shifts', 'the shifts worked'],
  ['shiftsBank', ['shiftsTotal'], 'Bank shifts', 'the shifts worked'],
  [
    'familiarCoverShifts',
    ['shiftsAgency', 'shiftsBank'],
    'Shifts covered by staff the children know',
    'the agency and bank shifts',
  ],
  ['supervisionsHeld', ['supervisionsDue'], 'Supervision sessions held', 'the sessions due'],
  ['trainingInDate', ['trainingRequired'], 'Training items in date', 'the items required'],
  ['level3Staff', ['staffAtEnd'], 'Staff holding or enrolled for Level 3', 'the care staff at the end'],
  ['sessionsAttended', ['sessionsPossible'], 'Sessions attended', 'the sessions possible'],
  ['complaintsUpheld', ['complaints'], 'Complaints upheld', 'the complaints received'],
  ['childrenMissing', ['missingEpisodes'], 'Children who went missing', 'the missing episodes'],
  ['returnInterviewsOffered', ['missingEpisodes'], 'Return-home interviews offered', 'the missing episodes'],
  ['returnInterviewsHeld', ['returnInterviewsOffered'], 'Interviews held', 'the interviews offered'],
  ['returnInterviewsDeclined', ['returnInterviewsOffered'], 'Interviews declined', 'the interviews offered'],
  ['restraintChildren', ['restraintIncidents'], 'Children restrained', 'the restraint incidents'],
  [
    'restraintIncidents',
    ['controlMeasures'],
    'Restraint incidents',
    'the measures of control, discipline or restraint (each restraint is one)',
  ],
  ['measuresRecordedInTime', ['controlMeasures'], 'Measures recorded in time', 'the measures recorded'],
  ['measuresSignedInTime', ['controlMeasures'], 'Records signed in time', 'the measures recorded'],
  [
    'measuresChildSpokenInTime',
    ['controlMeasures'],
    'Records of the child spoken to',
    'the measures recorded',
  ],
  ['healthAssessmentsInDate', ['childrenAtEnd'], 'Health assessments in date', 'the children at the end'],
  ['familyTimeHeld', ['familyTimePlanned'], 'Family time that happened', 'the sessions planned'],
  ['complaintsFromChildren', ['complaints'], 'Complaints made by children', 'the complaints received'],
  ['complaintsResolvedInTime', ['complaints'], 'Complaints resolved in time', 'the complaints received'],
  ['dentalChecksInDate', ['childrenAtEnd'], 'Dental checks in date', 'the children at the end'],
  ['opticianChecksInDate', ['childrenAtEnd'], 'Sight tests in date', 'the children at the end'],
  [
    'childrenAtRiskExploitation',
    ['childrenAtStart', 'admissions'],
    'Children at risk of exploitation',
    'the children at the start plus those who moved in',
  ],
];

function errorsFor(values: MetricValues, context: FigureContext): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of METRIC_FIELDS) {
    const value = values[field.key];
    if (value == null) continue;
    if (!Number.isFinite(value) || value < 0) errors[field.key] = `${field.label} must be 0 or more`;
    else if (!field.decimal && !Number.isInteger(value))
      errors[field.key] = `${field.label} must be a whole number`;
    else if (value > FIGURE_MAX) errors[field.key] = `${field.label} must be ${fmt(FIGURE_MAX)} or fewer`;
  }
  const ok = (key: MetricFieldKey) => typeof values[key] === 'number' && !errors[key];
  const v = (key: MetricFieldKey) => values[key] as number;
  const limit = (key: MetricFieldKey, max: number, message: string) => {
    if (ok(key) && v(key) > max) errors[key] = message;
  };

  for (const [part, wholes, what, of] of LIMITS) {
    if (!wholes.every(ok)) continue;
    const whole = wholes.reduce((sum, w) => sum + v(w), 0);
    limit(part, whole, `${what} must be ${fmt(whole)} or fewer, ${of}`);
  }
  if (ok('shiftsTotal') && ok('shiftsAgency') && ok('shiftsBank') && !errors.shiftsBank) {
    limit(
      'shiftsBank',
      v('shiftsTotal') - v('shiftsAgency'),
      `Agency plus bank shifts must be ${fmt(v('shiftsTotal'))} or fewer, the shifts worked`,
    );
  }
  if (ok('returnInterviewsOffered') && ok('returnInterviewsHeld') && ok('returnInterviewsDeclined')) {
    limit(
      'returnInterviewsDeclined',
      v('returnInterviewsOffered') - v('returnInterviewsHeld'),
      `Interviews held plus declined must be ${fmt(v('returnInterviewsOffered'))} or fewer, the interviews offered`,
    );
  }
  if (ok('staffAtStart')) {
    const most = v('staffAtStart') + (ok('staffJoined') ? v('staffJoined') : 0);
    limit(
      'staffLeft',
      most,
      `Leavers must be ${fmt(most)} or fewer, the staff at the start plus those who joined`,
    );
  }
  const days = daysInQuarter(context.quarter);
  limit(
    'daysWithoutManager',
    days,
    `Days with no registered manager must be ${days} or fewer, the days in the quarter`,
  );
  const bedNights = context.places * days;
  limit(
    'occupiedBedNights',
    bedNights,
    `Occupied bed-nights must be ${fmt(bedNights)} or fewer (${context.places} places × ${days} days)`,
  );
  return errors;
}

function warningsFor(values: MetricValues, context: FigureContext, errors: Record<string, string>) {
  const warnings: Record<string, string> = {};
  const ok = (key: MetricFieldKey) => typeof values[key] === 'number' && !errors[key];
  const v = (key: MetricFieldKey) => values[key] as number;
  for (const key of ['childrenAtStart', 'childrenAtEnd'] as const) {
    if (ok(key) && v(key) > context.places) {
      warnings[key] =
        `${v(key)} children is more than the home's ${context.places} places. Check the figure, or save anyway`;
    }
  }
  if (ok('staffAtStart') && ok('staffAtEnd') && ok('staffJoined') && ok('staffLeft')) {
    const expected = v('staffAtStart') + v('staffJoined') - v('staffLeft');
    if (expected !== v('staffAtEnd')) {
      warnings.staffAtEnd = `Staff at the start plus joined minus left is ${expected}, not ${v('staffAtEnd')}. Check the figures, or save anyway`;
    }
  }
  if (ok('managerMonthsInPost') && v('managerMonthsInPost') > MONTHS_IN_POST_WARN) {
    warnings.managerMonthsInPost = `${v('managerMonthsInPost')} months is more than 50 years in post. Check the figure, or save anyway`;
  }
  const status = context.managerStatus;
  if (
    (status === 'pending' || status === 'none') &&
    (!ok('daysWithoutManager') || v('daysWithoutManager') === 0)
  ) {
    warnings.daysWithoutManager =
      'Without a registered manager for the quarter, there are days without one. Enter the days, or save anyway';
  }
  return warnings;
}

/** Checks one quarter's figures: errors for the impossible, warnings for the unlikely. */
export function checkFigures(values: MetricValues, context: FigureContext): FigureProblems {
  const errors = errorsFor(values, context);
  const warnings = warningsFor(values, context, errors);
  const usable = Object.fromEntries(Object.entries(values).filter(([key]) => !errors[key]));
  const others = (context.otherQuarters ?? []).filter((o) => o.quarter !== context.quarter);
  for (const [key, message] of Object.entries(plausibilityWarnings(context.quarter, usable, others)))
    warnings[key] ??= message;
  return { errors, warnings };
}
