import type { InspectionItem, InspectionKind, INTERIM_OUTCOMES, Reg45Record } from './records';

/**
 * The words the screens, the printed reports and the spreadsheets use for the inspection records'
 * stored values, so that a record reads the same wherever it appears.
 */
export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  full: 'Full inspection',
  interim: 'Interim inspection',
  monitoring: 'Monitoring visit',
  other: 'Inspection',
};

/** Ofsted's own words for an interim inspection's outcome. */
export const INTERIM_OUTCOME_LABELS: Record<(typeof INTERIM_OUTCOMES)[number], string> = {
  improved: 'Improved effectiveness',
  sustained: 'Sustained effectiveness',
  declined: 'Declined in effectiveness',
};

export const INSPECTION_ITEM_LABELS: Record<InspectionItem['kind'], string> = {
  requirement: 'Requirement',
  recommendation: 'Recommendation',
};

/** Where a Reg 45 review's report to Ofsted stands. */
export const REG45_OFSTED_STATE_LABELS: Record<Reg45Record['ofstedState'], string> = {
  sent: 'Sent in time',
  'sent-late': 'Sent late',
  waiting: 'Not sent yet',
  'due-soon': 'Send now',
  late: 'Late: not sent',
};

export const PLACING_AUTHORITY_LABELS: Record<Reg45Record['placingAuthorities'], string> = {
  unknown: 'Not recorded',
  sent: 'Sent',
  // Reg 45(4)(b): a copy is available to a placing authority on request; not sending one is no breach.
  not_sent: 'Not sent (available on request)',
};
