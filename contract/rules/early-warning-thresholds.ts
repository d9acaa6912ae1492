/**
 * Every threshold the early-warning signs use, in one place, each with where it comes from: a source in
 * the domain brief, or plainly "Hallmarks' own convention" where no source sets a number. The dashboard
 * lists these under "How these signs are chosen", and docs/early-warning.md explains them; both read this.
 */

/** The signs look back over this many quarters, ending with the quarter that has just ended. */
export const WINDOW_QUARTERS = 4;
/** Rolling 12-month staff turnover: a rise of at least this many percentage points across the window. */
export const TURNOVER_RISE_POINTS = 10;
/** Agency share of shifts: a rise of at least this many percentage points across the window. */
export const AGENCY_RISE_POINTS = 5;
/** Supervision sessions held ÷ due: a fall of at least this many percentage points across the window. */
export const SUPERVISION_FALL_POINTS = 10;
/** Appraisals: at least this share of the staff in post past the year, and at least this many people. */
export const APPRAISALS_LATE_PERCENT = 25;
export const APPRAISALS_LATE_PEOPLE = 2;
/** Missing episodes, restraints: the latest quarter at least this many above the earlier quarters' average. */
export const INCIDENT_RISE = 3;
/** Reg 44: the same subject in recommendations from at least this many visits. */
export const REG44_REPEAT_VISITS = 2;
/** Team ratings: at least this many more indicators rated a grade or more below the manager's. */
export const TEAM_BELOW_RISE = 2;

export type SignKind =
  | 'manager'
  | 'turnover'
  | 'agency'
  | 'supervision'
  | 'appraisals'
  | 'missing'
  | 'restraint'
  | 'reg44'
  | 'team'
  | 'survey';

export interface SignRule {
  kind: SignKind;
  /** The sign's name, as the panel shows it. */
  name: string;
  /** When it shows, in words. */
  rule: string;
  /** Where the threshold comes from. */
  basis: string;
}

const OWN = "Hallmarks' own convention";

export const SIGN_RULES: SignRule[] = [
  {
    kind: 'manager',
    name: 'Change of manager or no registered manager',
    rule: 'Any day without a registered manager (including while a registration is pending), or a manager in post for less than the last 12 months.',
    basis:
      'Any change counts: homes judged good or outstanding for five years or more had all kept the same manager (Ofsted social care commentary), and a manager change can bring an inspection forward (SCCIF). Regulations 48 and 49 ask for notices of absence and change.',
  },
  {
    kind: 'turnover',
    name: 'Staff turnover rising',
    rule: `Staff turnover over 12 months up by ${TURNOVER_RISE_POINTS} percentage points or more across the last ${WINDOW_QUARTERS} quarters.`,
    basis: `${OWN}. For scale: around 29% to 35% of permanent care staff leave in a year across the sector (Ofsted annual report 2021/22; a summary of the 2025 workforce census).`,
  },
  {
    kind: 'agency',
    name: 'Agency share rising',
    rule: `Agency share of shifts up by ${AGENCY_RISE_POINTS} percentage points or more across the last ${WINDOW_QUARTERS} quarters.`,
    basis: `${OWN}. Regulation 13 asks for a workforce that gives each child continuity of care.`,
  },
  {
    kind: 'supervision',
    name: 'Supervision slipping',
    rule: `Supervision sessions held as a share of those due down by ${SUPERVISION_FALL_POINTS} percentage points or more across the last ${WINDOW_QUARTERS} quarters.`,
    basis: `${OWN}. Regulation 33(4) asks for practice-related supervision.`,
  },
  {
    kind: 'appraisals',
    name: 'Appraisals slipping',
    rule: `At least ${APPRAISALS_LATE_PEOPLE} people, and ${APPRAISALS_LATE_PERCENT}% or more of the staff in post, past a year since their last appraisal (or since they started).`,
    basis: `Regulation 33(4): an appraisal at least once a year. The share and number are ${OWN}, so one late appraisal in a small team is an alert, not a sign.`,
  },
  {
    kind: 'missing',
    name: 'Missing from care rising',
    rule: `Missing-from-care episodes in the latest quarter at least ${INCIDENT_RISE} above the average of the earlier quarters.`,
    basis: `${OWN}. Counts, not rates: a rate is noisy in a home of a few children.`,
  },
  {
    kind: 'restraint',
    name: 'Restraint rising',
    rule: `Restraint incidents in the latest quarter at least ${INCIDENT_RISE} above the average of the earlier quarters.`,
    basis: `${OWN}. Counts, not rates per 1,000 bed-nights, which are noisy in a small home.`,
  },
  {
    kind: 'reg44',
    name: 'Reg 44 concerns repeated',
    rule: `Recommendations about the same subject from ${REG44_REPEAT_VISITS} or more independent visits in the last ${WINDOW_QUARTERS} quarters (the same linked indicator or domain, or the same words).`,
    basis: `${OWN}. Inspectors read Reg 44 reports before they visit (SCCIF).`,
  },
  {
    kind: 'team',
    name: "Team's ratings drifting below the manager's",
    rule: `At least ${TEAM_BELOW_RISE} more indicators where the team's median is a grade or more below the manager's rating than in the earliest rating round of the last ${WINDOW_QUARTERS} quarters.`,
    basis: `${OWN}, with the one-grade margin the team meeting uses by default for a possible blind spot, and the home's minimum number of raters.`,
  },
  {
    kind: 'survey',
    name: "Young people's answers falling",
    rule: `A question answered less positively in the latest survey than in the earliest of the last ${WINDOW_QUARTERS} quarters, by more than one young person's answers could make.`,
    basis:
      "Hallmarks' rule for surveys: a difference one young person's answers could make is never called a change.",
  },
];
