import type { MetricFieldKey, MetricValues } from './metric-fields';
import { METRIC_FIELDS } from './metric-fields';

export interface MetricDefinition {
  key: string;
  label: string;
  /** The formula in words, shown beside the figure. */
  formula: string;
  unit: '%' | 'per child' | 'per 1,000 bed-nights' | 'months' | 'days' | 'count';
  /** The framework domain this figure helps read. */
  domainKey: string;
  compute(v: MetricValues): number | null;
}

const has = (v: MetricValues, ...keys: MetricFieldKey[]) => keys.every((k) => typeof v[k] === 'number');
const n = (v: MetricValues, key: MetricFieldKey) => v[key] as number;
const ratio = (part: number, whole: number, scale = 100) => (whole > 0 ? (part / whole) * scale : null);
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export const METRICS: MetricDefinition[] = [
  {
    key: 'turnover',
    label: 'Staff turnover',
    formula: 'Permanent care staff who left ÷ average permanent care staff ((start + end) ÷ 2) × 100',
    unit: '%',
    domainKey: 'staffing',
    compute: (v) =>
      has(v, 'staffLeft', 'staffAtStart', 'staffAtEnd')
        ? round1(ratio(n(v, 'staffLeft'), (n(v, 'staffAtStart') + n(v, 'staffAtEnd')) / 2))
        : null,
  },
  {
    key: 'stability',
    label: 'Staff stability',
    formula: 'Staff in post 12 months ago and still in post ÷ staff in post 12 months ago × 100',
    unit: '%',
    domainKey: 'staffing',
    compute: (v) =>
      has(v, 'staffYearAgoStillHere', 'staffYearAgo')
        ? round1(ratio(n(v, 'staffYearAgoStillHere'), n(v, 'staffYearAgo')))
        : null,
  },
  {
    key: 'vacancy',
    label: 'Vacancy rate',
    formula: 'Vacant funded posts ÷ (filled + vacant posts) × 100, in full-time equivalents',
    unit: '%',
    domainKey: 'staffing',
    compute: (v) =>
      has(v, 'fteVacant', 'fteFilled')
        ? round1(ratio(n(v, 'fteVacant'), n(v, 'fteFilled') + n(v, 'fteVacant')))
        : null,
  },
  {
    key: 'agencyShare',
    label: 'Agency share of shifts',
    formula: 'Shifts worked by agency staff ÷ all shifts worked × 100',
    unit: '%',
    domainKey: 'staffing',
    compute: (v) =>
      has(v, 'shiftsAgency', 'shiftsTotal') ? round1(ratio(n(v, 'shiftsAgency'), n(v, 'shiftsTotal'))) : null,
  },
  {
    key: 'bankShare',
    label: 'Bank and relief share of shifts',
    formula: 'Shifts worked by bank or relief staff ÷ all shifts worked × 100',
    unit: '%',
    domainKey: 'staffing',
    compute: (v) =>
      has(v, 'shiftsBank', 'shiftsTotal') ? round1(ratio(n(v, 'shiftsBank'), n(v, 'shiftsTotal'))) : null,
  },
  {
    key: 'keyworkerChanges',
    label: 'Keyworker changes per child',
    formula: 'Keyworker changes ÷ average children living in the home ((start + end) ÷ 2)',
    unit: 'per child',
    domainKey: 'staffing',
    compute: (v) =>
      has(v, 'keyworkerChanges', 'childrenAtStart', 'childrenAtEnd')
        ? round1(ratio(n(v, 'keyworkerChanges'), (n(v, 'childrenAtStart') + n(v, 'childrenAtEnd')) / 2, 1))
        : null,
  },
  {
    key: 'managerTenure',
    label: "Registered manager's time in post",
    formula: 'Months in post at the end of the quarter',
    unit: 'months',
    domainKey: 'leadership',
    compute: (v) => (has(v, 'managerMonthsInPost') ? n(v, 'managerMonthsInPost') : null),
  },
  {
    key: 'supervision',
    label: 'Supervision completed',
    formula: 'Supervision sessions held ÷ sessions due × 100',
    unit: '%',
    domainKey: 'workforce',
    compute: (v) =>
      has(v, 'supervisionsHeld', 'supervisionsDue')
        ? round1(ratio(n(v, 'supervisionsHeld'), n(v, 'supervisionsDue')))
        : null,
  },
  {
    key: 'training',
    label: 'Mandatory training in date',
    formula: 'Training items in date ÷ items required × 100',
    unit: '%',
    domainKey: 'workforce',
    compute: (v) =>
      has(v, 'trainingInDate', 'trainingRequired')
        ? round1(ratio(n(v, 'trainingInDate'), n(v, 'trainingRequired')))
        : null,
  },
  {
    key: 'attendance',
    label: 'Education attendance',
    formula: 'School sessions attended ÷ sessions possible × 100',
    unit: '%',
    domainKey: 'education',
    compute: (v) =>
      has(v, 'sessionsAttended', 'sessionsPossible')
        ? round1(ratio(n(v, 'sessionsAttended'), n(v, 'sessionsPossible')))
        : null,
  },
  {
    key: 'missing',
    label: 'Missing episodes',
    formula: 'Missing episodes in the quarter',
    unit: 'count',
    domainKey: 'safety',
    compute: (v) => (has(v, 'missingEpisodes') ? n(v, 'missingEpisodes') : null),
  },
  {
    key: 'restraint',
    label: 'Restraint',
    formula: 'Incidents of physical restraint ÷ occupied bed-nights × 1,000',
    unit: 'per 1,000 bed-nights',
    domainKey: 'relationships',
    compute: (v) =>
      has(v, 'restraintIncidents', 'occupiedBedNights')
        ? round1(ratio(n(v, 'restraintIncidents'), n(v, 'occupiedBedNights'), 1000))
        : null,
  },
  {
    key: 'complaints',
    label: 'Complaints',
    formula: 'Complaints received in the quarter',
    unit: 'count',
    domainKey: 'voice',
    compute: (v) => (has(v, 'complaints') ? n(v, 'complaints') : null),
  },
  {
    key: 'childrensMeetings',
    label: "Children's meetings held",
    formula: "Children's meetings held in the quarter",
    unit: 'count',
    domainKey: 'voice',
    compute: (v) => (has(v, 'childrensMeetings') ? n(v, 'childrensMeetings') : null),
  },
];

const label = (key: MetricFieldKey) => METRIC_FIELDS.find((field) => field.key === key)!.label;

/** Parts that cannot exceed their whole: otherwise a rate would pass 100% or a count make no sense. */
const LIMITS: [part: MetricFieldKey, whole: (MetricFieldKey | `${MetricFieldKey}?`)[], message: string][] = [
  [
    'staffLeft',
    ['staffAtStart', 'staffJoined?'],
    'Enter no more leavers than the staff at the start plus those who joined.',
  ],
  ['staffYearAgoStillHere', ['staffYearAgo'], 'Enter no more than the staff in post 12 months ago.'],
  ['shiftsAgency', ['shiftsTotal'], 'Enter no more agency shifts than all shifts worked.'],
  ['shiftsBank', ['shiftsTotal'], 'Enter no more bank shifts than all shifts worked.'],
  [
    'supervisionsHeld',
    ['supervisionsDue'],
    'Count no more sessions held than were due, so the rate stays at or below 100%.',
  ],
  ['trainingInDate', ['trainingRequired'], 'Enter no more items in date than the items required.'],
  ['sessionsAttended', ['sessionsPossible'], 'Enter no more sessions attended than the sessions possible.'],
  ['complaintsUpheld', ['complaints'], 'Enter no more complaints upheld than complaints received.'],
  ['daysWithoutManager', [], 'Enter 92 days or fewer: a quarter has at most 92 days.'],
];

/** Checks one quarter's figures; returns a message per field that is impossible, keyed by field. */
export function validateMetrics(values: MetricValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of METRIC_FIELDS) {
    const value = values[field.key];
    if (value == null) continue;
    if (!Number.isFinite(value) || value < 0) errors[field.key] = `Enter 0 or more in “${field.label}”.`;
    else if (!field.decimal && !Number.isInteger(value))
      errors[field.key] = `Enter a whole number in “${field.label}”.`;
  }
  for (const [part, wholes, message] of LIMITS) {
    const value = values[part];
    if (value == null || errors[part]) continue;
    if (part === 'daysWithoutManager') {
      if (value > 92) errors[part] = message;
      continue;
    }
    // A key ending in "?" counts as 0 when not entered.
    const required = wholes.filter((w): w is MetricFieldKey => !w.endsWith('?'));
    if (!required.every((w) => typeof values[w] === 'number')) continue;
    const whole = wholes.reduce((sum, w) => sum + (values[w.replace('?', '') as MetricFieldKey] ?? 0), 0);
    if (value > whole) errors[part] = `${message} (${label(part)}: ${value}; limit ${whole}.)`;
  }
  if (
    typeof values.childrenMissing === 'number' &&
    typeof values.missingEpisodes === 'number' &&
    values.childrenMissing > values.missingEpisodes
  ) {
    errors.childrenMissing = 'Enter no more children who went missing than the missing episodes.';
  }
  return errors;
}
