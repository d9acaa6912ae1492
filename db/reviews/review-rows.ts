import type { Grade, Rating } from '../../contract/framework';
import type { ReviewStatus } from '../../contract/review';

export interface ReviewRow {
  id: number;
  home_id: number;
  quarter: string;
  framework_version: number;
  status: ReviewStatus;
  strengths: string;
  improvements: string;
  staff_room_summary: string;
  overall: Grade | null;
  signed_by_name: string | null;
  signed_by_role: string | null;
  signed_on: string | null;
  completed_at: string | null;
  position_domain: string | null;
  position_indicator: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReviewListRow extends ReviewRow {
  rated: number;
  total: number;
}

export interface IndicatorRow {
  review_id: number;
  indicator_key: string;
  domain_key: string;
  position: number;
  custom_statement: string | null;
  rating: Rating | null;
  note: string;
  sources: string;
  other_source: string;
  discuss: 0 | 1;
  updated_at: string | null;
  records_reason: string;
  checked_same_on: string | null;
}

export interface DomainRow {
  review_id: number;
  domain_key: string;
  judgement: Grade | null;
  rationale: string;
}

export interface EventRow {
  kind: 'started' | 'completed' | 'reopened';
  at: string;
  by_name: string | null;
  reason: string | null;
}

/** A rating agreed in a team meeting (table agreed_ratings, issue 10), with the rating it replaced. */
export interface AgreedRow {
  indicator_key: string;
  rating: Rating;
  earlier_rating: Rating | null;
  reasoning: string;
  agreed_at: string;
  /** The date of the meeting, once its record gives one. */
  held_on: string | null;
}
