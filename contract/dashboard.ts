import type { Alert } from './alerts';
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
