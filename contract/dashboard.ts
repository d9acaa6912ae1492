import type { Alert } from './alerts';
import type { Grade } from './framework';
import type { MetricValues } from './metric-fields';
import type { ReviewSummary } from './review';
import type { Movement, Stability, Streaks } from './trends';

export interface HistoryPoint {
  reviewId: number;
  quarter: string;
  frameworkVersion: number;
  overall: Grade | null;
  /** Domain judgements keyed by domain key; a domain absent from that review's framework is missing. */
  judgements: Record<string, Grade | null>;
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
  domains: DomainTrack[];
  alerts: Alert[];
  metrics: { quarter: string; values: MetricValues }[];
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
