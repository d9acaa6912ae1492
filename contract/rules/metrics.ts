import type { MetricFieldKey, MetricValues } from '../metric-fields';
import { rollingTurnover } from './rolling-turnover';

export interface MetricDefinition {
  key: string;
  label: string;
  /** The formula in words, shown beside the figure. */
  formula: string;
  unit: '%' | 'per child' | 'per 1,000 bed-nights' | 'months' | 'days' | 'count';
  /** Figures over 12 months say so beside the value, with the period. */
  period?: 'rolling-12-months';
  /** The framework domain this figure helps read. */
  domainKey: string;
  /**
   * The figure for one quarter. `year` is the four quarters ending with this one, oldest first (null where
   * none were entered), for figures over 12 months.
   */
  compute(v: MetricValues, year?: (MetricValues | null)[]): number | null;
}

const has = (v: MetricValues, ...keys: MetricFieldKey[]) => keys.every((k) => typeof v[k] === 'number');
const n = (v: MetricValues, key: MetricFieldKey) => v[key] as number;
const ratio = (part: number, whole: number, scale = 100) => (whole > 0 ? (part / whole) * scale : null);
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

const count = (
  key: string,
  label: string,
  field: MetricFieldKey,
  domainKey: string,
  formula: string,
): MetricDefinition => ({
  key,
  label,
  formula,
  unit: 'count',
  domainKey,
  compute: (v) => (has(v, field) ? n(v, field) : null),
});

const percent = (
  key: string,
  label: string,
  part: MetricFieldKey,
  whole: MetricFieldKey,
  domainKey: string,
  formula: string,
): MetricDefinition => ({
  key,
  label,
  formula,
  unit: '%',
  domainKey,
  compute: (v) => (has(v, part, whole) ? round1(ratio(n(v, part), n(v, whole))) : null),
});

export const METRICS: MetricDefinition[] = [
  count('leavers', 'Permanent care staff who left', 'staffLeft', 'staffing', 'Leavers in the quarter'),
  {
    key: 'turnover',
    label: 'Staff turnover, rolling 12 months',
    formula:
      'Permanent care staff who left in the 12 months to the end of the quarter ÷ average permanent care staff over those 12 months × 100',
    unit: '%',
    period: 'rolling-12-months',
    domainKey: 'staffing',
    compute: (_v, year) => (year ? round1(rollingTurnover(year)) : null),
  },
  percent(
    'stability',
    'Staff stability',
    'staffYearAgoStillHere',
    'staffYearAgo',
    'staffing',
    'Staff in post 12 months ago and still in post ÷ staff in post 12 months ago × 100',
  ),
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
  percent(
    'agencyShare',
    'Agency share of shifts',
    'shiftsAgency',
    'shiftsTotal',
    'staffing',
    'Shifts worked by agency staff ÷ all shifts worked × 100',
  ),
  percent(
    'bankShare',
    'Bank and relief share of shifts',
    'shiftsBank',
    'shiftsTotal',
    'staffing',
    'Shifts worked by bank or relief staff ÷ all shifts worked × 100',
  ),
  {
    key: 'familiarCover',
    label: 'Agency and bank shifts covered by staff the children know',
    formula: 'Agency and bank shifts worked by people the children know ÷ all agency and bank shifts × 100',
    unit: '%',
    domainKey: 'staffing',
    compute: (v) =>
      has(v, 'familiarCoverShifts', 'shiftsAgency', 'shiftsBank')
        ? round1(ratio(n(v, 'familiarCoverShifts'), n(v, 'shiftsAgency') + n(v, 'shiftsBank')))
        : null,
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
    label: "Manager's time in post",
    formula: 'Months in post at the end of the quarter, whether registered or pending',
    unit: 'months',
    domainKey: 'leadership',
    compute: (v) => (has(v, 'managerMonthsInPost') ? n(v, 'managerMonthsInPost') : null),
  },
  {
    key: 'daysWithoutRegisteredManager',
    label: 'Days without a registered manager',
    formula: 'Days in the quarter with no registered manager, including while a registration is pending',
    unit: 'days',
    domainKey: 'leadership',
    compute: (v) => (has(v, 'daysWithoutManager') ? n(v, 'daysWithoutManager') : null),
  },
  percent(
    'supervision',
    'Supervision completed',
    'supervisionsHeld',
    'supervisionsDue',
    'workforce',
    'Supervision sessions held ÷ sessions due × 100',
  ),
  percent(
    'training',
    'Mandatory training in date',
    'trainingInDate',
    'trainingRequired',
    'workforce',
    'Training items in date ÷ items required × 100',
  ),
  percent(
    'level3',
    'Care staff holding or enrolled in time for Level 3',
    'level3Staff',
    'staffAtEnd',
    'workforce',
    'Permanent care staff holding Level 3, or enrolled in time, ÷ permanent care staff at the end of the quarter × 100',
  ),
  percent(
    'attendance',
    'Education attendance',
    'sessionsAttended',
    'sessionsPossible',
    'education',
    'School sessions attended ÷ sessions possible × 100',
  ),
  percent(
    'healthAssessments',
    'Health assessments in date',
    'healthAssessmentsInDate',
    'childrenAtEnd',
    'aspirations',
    'Children whose health assessment is in date ÷ children living in the home at the end of the quarter × 100',
  ),
  count(
    'admissions',
    'Admissions',
    'admissions',
    'relationships',
    'Children who moved in during the quarter',
  ),
  count(
    'endingsPlanned',
    'Planned endings',
    'endingsPlanned',
    'relationships',
    'Planned endings in the quarter',
  ),
  count(
    'endingsUnplanned',
    'Unplanned endings',
    'endingsUnplanned',
    'relationships',
    'Unplanned endings in the quarter',
  ),
  percent(
    'familyTime',
    'Planned family time that happened',
    'familyTimeHeld',
    'familyTimePlanned',
    'relationships',
    'Family time sessions that happened ÷ sessions planned × 100',
  ),
  count(
    'restraint',
    'Restraint incidents',
    'restraintIncidents',
    'safety',
    'Incidents of physical restraint',
  ),
  count(
    'restraintChildren',
    'Children restrained',
    'restraintChildren',
    'safety',
    'Children restrained at least once',
  ),
  count(
    'controlMeasures',
    'Measures of control, discipline or restraint',
    'controlMeasures',
    'safety',
    'Measures recorded under Regulation 35 in the quarter, each physical restraint included',
  ),
  percent(
    'reg35Recorded',
    'Measures recorded within 24 hours',
    'measuresRecordedInTime',
    'controlMeasures',
    'safety',
    'Measures recorded within 24 hours ÷ all measures × 100 (Regulation 35)',
  ),
  percent(
    'reg35Signed',
    'Staff member spoken to and record signed within 48 hours',
    'measuresSignedInTime',
    'controlMeasures',
    'safety',
    'Records where the registered or authorised person spoke to the staff member and signed within 48 hours ÷ all measures × 100 (Regulation 35)',
  ),
  percent(
    'reg35ChildSpoken',
    'Child spoken to within 5 days',
    'measuresChildSpokenInTime',
    'controlMeasures',
    'safety',
    'Records confirming the registered or authorised person spoke to the child within 5 days ÷ all measures × 100 (Regulation 35)',
  ),
  {
    key: 'restraintRate',
    label: 'Restraint per 1,000 bed-nights',
    formula: 'Incidents of physical restraint ÷ occupied bed-nights × 1,000 (noisy in a small home)',
    unit: 'per 1,000 bed-nights',
    domainKey: 'safety',
    compute: (v) =>
      has(v, 'restraintIncidents', 'occupiedBedNights')
        ? round1(ratio(n(v, 'restraintIncidents'), n(v, 'occupiedBedNights'), 1000))
        : null,
  },
  count(
    'missing',
    'Missing from care',
    'missingEpisodes',
    'safety',
    'Episodes of children missing from care',
  ),
  {
    key: 'missingPerChild',
    label: 'Missing episodes per child who went missing',
    formula: 'Missing episodes ÷ children who went missing at least once',
    unit: 'per child',
    domainKey: 'safety',
    compute: (v) =>
      has(v, 'missingEpisodes', 'childrenMissing')
        ? round1(ratio(n(v, 'missingEpisodes'), n(v, 'childrenMissing'), 1))
        : null,
  },
  percent(
    'returnInterviewsOffered',
    'Return-home interviews offered',
    'returnInterviewsOffered',
    'missingEpisodes',
    'safety',
    'Episodes where a return-home interview was offered ÷ all episodes × 100',
  ),
  percent(
    'returnInterviews',
    'Return-home interviews held within 72 hours',
    'returnInterviewsHeld',
    'missingEpisodes',
    'safety',
    'Interviews that took place within 72 hours ÷ all episodes × 100',
  ),
  count(
    'returnInterviewsDeclined',
    'Return-home interviews declined',
    'returnInterviewsDeclined',
    'safety',
    'Offered interviews the child declined',
  ),
  count(
    'reg40',
    'Regulation 40 notifications',
    'reg40Notifications',
    'safety',
    'Serious events notified under Regulation 40 (from the notifications log once it has entries)',
  ),
  count('complaints', 'Complaints', 'complaints', 'voice', 'Complaints received in the quarter'),
  count(
    'complaintsUpheld',
    'Complaints upheld',
    'complaintsUpheld',
    'voice',
    'Complaints upheld in the quarter',
  ),
  count(
    'childrensMeetings',
    "Children's meetings held",
    'childrensMeetings',
    'voice',
    "Children's meetings held in the quarter",
  ),
];
