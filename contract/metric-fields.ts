/** The figures a manager enters each quarter. Every field is optional: rates show where their inputs exist. */
export interface MetricField {
  key: MetricFieldKey;
  label: string;
  hint?: string;
  /** Whole numbers (counts) unless decimal is set (FTE). */
  decimal?: boolean;
  group: MetricGroup;
}

export type MetricGroup = 'staffing' | 'development' | 'children' | 'education' | 'safety' | 'voice';

export const METRIC_GROUP_TITLES: Record<MetricGroup, string> = {
  staffing: 'Staffing',
  development: 'Supervision and training',
  children: 'Children living in the home',
  education: 'Education',
  safety: 'Safety',
  voice: "Children's voice",
};

export const METRIC_FIELD_KEYS = [
  'staffAtStart',
  'staffAtEnd',
  'staffJoined',
  'staffLeft',
  'staffYearAgo',
  'staffYearAgoStillHere',
  'fteFilled',
  'fteVacant',
  'shiftsTotal',
  'shiftsAgency',
  'shiftsBank',
  'managerMonthsInPost',
  'daysWithoutManager',
  'supervisionsDue',
  'supervisionsHeld',
  'trainingRequired',
  'trainingInDate',
  'childrenAtStart',
  'childrenAtEnd',
  'keyworkerChanges',
  'occupiedBedNights',
  'sessionsPossible',
  'sessionsAttended',
  'missingEpisodes',
  'childrenMissing',
  'restraintIncidents',
  'complaints',
  'complaintsUpheld',
  'childrensMeetings',
] as const;

export type MetricFieldKey = (typeof METRIC_FIELD_KEYS)[number];
export type MetricValues = Partial<Record<MetricFieldKey, number | null>>;

const f = (
  key: MetricFieldKey,
  group: MetricGroup,
  label: string,
  hint?: string,
  decimal?: boolean,
): MetricField => ({
  key,
  group,
  label,
  hint,
  decimal,
});

export const METRIC_FIELDS: MetricField[] = [
  f('staffAtStart', 'staffing', 'Permanent care staff at the start of the quarter'),
  f('staffAtEnd', 'staffing', 'Permanent care staff at the end of the quarter'),
  f('staffJoined', 'staffing', 'Permanent care staff who joined in the quarter'),
  f('staffLeft', 'staffing', 'Permanent care staff who left in the quarter'),
  f('staffYearAgo', 'staffing', 'Permanent care staff in post 12 months ago'),
  f('staffYearAgoStillHere', 'staffing', 'Of those, how many are still in post'),
  f(
    'fteFilled',
    'staffing',
    'Filled posts (full-time equivalent) at the end of the quarter',
    'For example 9.5',
    true,
  ),
  f(
    'fteVacant',
    'staffing',
    'Vacant funded posts (full-time equivalent) at the end of the quarter',
    'For example 1.5',
    true,
  ),
  f('shiftsTotal', 'staffing', 'Shifts worked in the quarter'),
  f('shiftsAgency', 'staffing', 'Of those, shifts worked by agency staff'),
  f('shiftsBank', 'staffing', 'Of those, shifts worked by bank or relief staff'),
  f('managerMonthsInPost', 'staffing', "Registered manager's months in post at the end of the quarter"),
  f('daysWithoutManager', 'staffing', 'Days in the quarter with no registered manager'),
  f('supervisionsDue', 'development', 'Supervision sessions due'),
  f('supervisionsHeld', 'development', 'Supervision sessions held'),
  f('trainingRequired', 'development', 'Mandatory training items required across the team'),
  f('trainingInDate', 'development', 'Of those, items in date'),
  f('childrenAtStart', 'children', 'Children living in the home at the start of the quarter'),
  f('childrenAtEnd', 'children', 'Children living in the home at the end of the quarter'),
  f('keyworkerChanges', 'children', 'Keyworker changes in the quarter'),
  f(
    'occupiedBedNights',
    'children',
    'Occupied bed-nights in the quarter',
    'One child staying one night is one bed-night',
  ),
  f('sessionsPossible', 'education', 'School sessions possible (all children)'),
  f('sessionsAttended', 'education', 'School sessions attended (all children)'),
  f('missingEpisodes', 'safety', 'Missing episodes'),
  f('childrenMissing', 'safety', 'Children who went missing at least once'),
  f('restraintIncidents', 'safety', 'Incidents of physical restraint'),
  f('complaints', 'voice', 'Complaints received'),
  f('complaintsUpheld', 'voice', 'Complaints upheld'),
  f('childrensMeetings', 'voice', "Children's meetings held"),
];
