/** Whether the home has a registered manager: "pending" is a manager in post whose registration is not complete. */
export type ManagerStatus = 'registered' | 'pending' | 'none';

export const MANAGER_STATUS_LABELS: Record<ManagerStatus, string> = {
  registered: 'A registered manager is in post',
  pending: 'A manager is in post; their registration is pending',
  none: 'No manager in post',
};

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
  'restraintChildren',
  'restraintDebriefedInTime',
  'returnInterviewsOffered',
  'reg40Notifications',
  'admissions',
  'endingsPlanned',
  'endingsUnplanned',
  'level3Staff',
  'healthAssessmentsInDate',
  'familyTimePlanned',
  'familyTimeHeld',
  'familiarCoverShifts',
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
  f(
    'familiarCoverShifts',
    'staffing',
    'Of the agency and bank shifts, shifts covered by staff the children know',
    'Someone who has worked in the home several times before',
  ),
  f(
    'managerMonthsInPost',
    'staffing',
    "Manager's months in post at the end of the quarter",
    'The manager in post, whether their registration is complete or pending',
  ),
  f(
    'daysWithoutManager',
    'staffing',
    'Days in the quarter with no registered manager',
    'Count the days while a registration is pending too',
  ),
  f('supervisionsDue', 'development', 'Supervision sessions due'),
  f('supervisionsHeld', 'development', 'Supervision sessions held'),
  f('trainingRequired', 'development', 'Mandatory training items required across the team'),
  f('trainingInDate', 'development', 'Of those, items in date'),
  f(
    'level3Staff',
    'development',
    'Permanent care staff holding the Level 3 qualification, or enrolled in time to gain it',
    'Within 2 years of starting in a care role',
  ),
  f('childrenAtStart', 'children', 'Children living in the home at the start of the quarter'),
  f('childrenAtEnd', 'children', 'Children living in the home at the end of the quarter'),
  f('keyworkerChanges', 'children', 'Keyworker changes in the quarter'),
  f('admissions', 'children', 'Children who moved in during the quarter'),
  f('endingsPlanned', 'children', 'Planned endings (children who moved on as planned)'),
  f('endingsUnplanned', 'children', 'Unplanned endings'),
  f(
    'healthAssessmentsInDate',
    'children',
    'Children whose health assessment is in date at the end of the quarter',
  ),
  f('familyTimePlanned', 'children', 'Planned family time sessions'),
  f('familyTimeHeld', 'children', 'Of those, sessions that happened'),
  f(
    'occupiedBedNights',
    'children',
    'Occupied bed-nights in the quarter',
    'One child staying one night is one bed-night',
  ),
  f('sessionsPossible', 'education', 'School sessions possible (all children)'),
  f('sessionsAttended', 'education', 'School sessions attended (all children)'),
  f('missingEpisodes', 'safety', 'Episodes of children missing from care'),
  f('childrenMissing', 'safety', 'Children who went missing at least once'),
  f(
    'returnInterviewsOffered',
    'safety',
    "Episodes where the local authority's return-home interview was offered within 72 hours",
  ),
  f('restraintIncidents', 'safety', 'Incidents of physical restraint'),
  f('restraintChildren', 'safety', 'Children restrained at least once'),
  f(
    'restraintDebriefedInTime',
    'safety',
    'Restraint incidents recorded within 24 hours and talked through with the child',
  ),
  f('reg40Notifications', 'safety', 'Regulation 40 notifications sent to Ofsted'),
  f('complaints', 'voice', 'Complaints received'),
  f('complaintsUpheld', 'voice', 'Complaints upheld'),
  f('childrensMeetings', 'voice', "Children's meetings held"),
];
