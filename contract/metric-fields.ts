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
  'controlMeasures',
  'measuresRecordedInTime',
  'measuresSignedInTime',
  'measuresChildSpokenInTime',
  'returnInterviewsHeld',
  'returnInterviewsDeclined',
  'childrenAtRiskExploitation',
  'policeCallouts',
  'searches',
  'selfHarmIncidents',
  'bullyingIncidents',
  'medicationErrors',
  'complaintsFromChildren',
  'complaintsResolvedInTime',
  'dentalChecksInDate',
  'opticianChecksInDate',
] as const;

export type MetricFieldKey = (typeof METRIC_FIELD_KEYS)[number];

/**
 * Figures kept for the quarters they were typed in but no longer asked for: "restraint recorded within 24
 * hours and talked through with the child" was one figure for what Regulation 35 times with three clocks.
 * A save never clears them; no form, rate or report shows them.
 */
export const RETIRED_METRIC_KEYS: readonly MetricFieldKey[] = ['restraintDebriefedInTime'];
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
    'Permanent care staff holding the Level 3 Diploma (or a qualification the registered person considers equivalent), or enrolled in time to gain it',
    'Due within 2 years of starting work in a care role in a children’s home (any home), unless deferred',
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
  f('dentalChecksInDate', 'children', 'Children whose dental check is in date at the end of the quarter'),
  f(
    'opticianChecksInDate',
    'children',
    'Children whose sight test (optician check) is in date at the end of the quarter',
  ),
  f(
    'medicationErrors',
    'children',
    'Medication errors in the quarter',
    'Doses missed, wrong or late, and recording mistakes',
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
    'Episodes where a return-home interview was offered',
    'The local authority offers an independent return interview after each episode',
  ),
  f('returnInterviewsHeld', 'safety', 'Of those, interviews that took place within 72 hours'),
  f(
    'returnInterviewsDeclined',
    'safety',
    'Of those offered, interviews the child declined',
    'A child may decline; count them apart from interviews that did not happen for other reasons',
  ),
  f('restraintIncidents', 'safety', 'Incidents of physical restraint'),
  f('restraintChildren', 'safety', 'Children restrained at least once'),
  f(
    'controlMeasures',
    'safety',
    'Measures of control, discipline or restraint recorded under Regulation 35',
    'Every measure, each physical restraint included',
  ),
  f('measuresRecordedInTime', 'safety', 'Of those, measures recorded within 24 hours'),
  f(
    'measuresSignedInTime',
    'safety',
    'Of those, records where the registered or authorised person spoke to the staff member and signed within 48 hours',
  ),
  f(
    'measuresChildSpokenInTime',
    'safety',
    'Of those, records confirming the registered or authorised person spoke to the child within 5 days',
  ),
  f(
    'childrenAtRiskExploitation',
    'safety',
    'Children assessed as at risk of sexual or criminal exploitation',
    'Count each child once, whichever the risk',
  ),
  f('selfHarmIncidents', 'safety', 'Incidents of self-harm'),
  f('bullyingIncidents', 'safety', 'Incidents of bullying between children'),
  f('policeCallouts', 'safety', 'Times the police were called to the home'),
  f('searches', 'safety', 'Searches of a child, their room or their belongings'),
  f(
    'reg40Notifications',
    'safety',
    'Regulation 40 notifications (serious events notified)',
    'Counted from the notifications log once it has entries',
  ),
  f('complaints', 'voice', 'Complaints received'),
  f(
    'complaintsFromChildren',
    'voice',
    'Of those, complaints made by children',
    'The rest were made by others, such as parents, placing authorities or neighbours',
  ),
  f(
    'complaintsResolvedInTime',
    'voice',
    'Of those received, complaints resolved within the timescale in your complaints procedure',
  ),
  f('complaintsUpheld', 'voice', 'Complaints upheld'),
  f('childrensMeetings', 'voice', "Children's meetings held"),
];
