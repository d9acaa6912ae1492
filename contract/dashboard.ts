import type { Alert } from './alerts';
import type { Reg45OfstedState } from './records';
import type { Grade, SccifArea } from './framework';
import type { ReviewSummary } from './review';
import type { QuarterMetrics } from './tracking';
import type { Movement, Stability, Streaks } from './rules/trends';

export interface HistoryPoint {
  reviewId: number;
  quarter: string;
  frameworkVersion: number;
  overall: Grade | null;
  /** Domain judgements keyed by domain key; a domain absent from that review's framework is missing. */
  judgements: Record<string, Grade | null>;
  /** The three SCCIF judgements; null for a review made before version 2, which did not record them. */
  sccif: Record<SccifArea, Grade | null> | null;
}

export interface TrackedJudgement {
  latest: Grade | null;
  previous: Grade | null;
  movement: Movement | null;
  streaks: Streaks;
  stability: Stability;
}

export interface DomainTrack extends TrackedJudgement {
  key: string;
  number: number;
  title: string;
}

export interface DashboardData {
  homeId: number;
  /** Completed reviews, oldest first. */
  history: HistoryPoint[];
  overall: TrackedJudgement;
  /** The three SCCIF judgements over time (reviews before version 2 count as not recorded). */
  sccif: Record<SccifArea, TrackedJudgement>;
  domains: DomainTrack[];
  /** Indicators rated Inadequate in the latest completed review: a strong warning, not a grade. */
  inadequateIndicators: InadequateIndicator[];
  alerts: Alert[];
  metrics: QuarterMetrics[];
  /** The draft review in progress, if any. */
  draft: ReviewSummary | null;
  reg45Dates: string[];
  /** Where the home is in its quarter, and what is due soon: the dashboard's first screen. */
  position: QuarterPosition;
}

/** Where the home is in the quarter its date falls in: the review, meeting, survey, Reg 44 and Reg 45. */
export interface QuarterPosition {
  /** The quarter the home's date is in ("2026-Q4"). */
  quarter: string;
  /** The review of the quarter just ended, which is done during this one. */
  review: {
    quarter: string;
    reviewId: number | null;
    status: 'not-started' | 'draft' | 'completed';
    rated: number;
    total: number;
  };
  /** The date that review's team meeting was held, if recorded. */
  meetingHeldOn: string | null;
  /** Young people's surveys filled in during this quarter (a count of sittings, never who). */
  surveysThisQuarter: number;
  /** `month` is the home's month today ("2026-11"). */
  reg44: { month: string; visitedThisMonth: boolean; lastVisitOn: string | null };
  reg45: {
    lastCompletedOn: string | null;
    /** Six months after the latest review. */
    nextDueBy: string | null;
    /** The latest report's way to Ofsted: within 28 days of completion. */
    ofstedState: Reg45OfstedState | null;
    ofstedDeadline: string | null;
  };
  /** Open actions due today or in the next 30 days (overdue ones are an alert). */
  actionsDueSoon: { id: number; title: string; dueOn: string }[];
}

export interface ProviderHome {
  homeId: number;
  name: string;
  urn: string | null;
  latestQuarter: string | null;
  overall: TrackedJudgement;
  domains: { key: string; number: number; title: string; latest: Grade | null; movement: Movement | null }[];
  /** Alerts not yet acknowledged. */
  openAlerts: Alert[];
}

export interface InadequateIndicator {
  reviewId: number;
  quarter: string;
  domainKey: string;
  domainTitle: string;
  indicatorKey: string;
  statement: string;
}
