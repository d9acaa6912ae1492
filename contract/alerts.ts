export type AlertKind =
  | 'declined'
  | 'declined-twice'
  | 'below-good'
  | 'judgement-mismatch'
  | 'review-overdue'
  | 'reg45-due'
  | 'reg45-late'
  | 'reg45-unknown'
  | 'appraisals-unknown'
  | 'qualifications-unknown'
  | 'actions-overdue'
  | 'reg44-missing'
  | 'reg45-ofsted-due'
  | 'reg45-ofsted-late'
  | 'duty-due'
  | 'duty-late'
  | 'requirement-overdue';

export interface Alert {
  /** Stable for the same situation, so an acknowledgement sticks to it. */
  key: string;
  kind: AlertKind;
  severity: 'high' | 'medium' | 'low';
  title: string;
  detail: string;
  /** A hash route to what the alert is about. */
  link: string;
  linkText: string;
  acknowledged: { note: string; at: string } | null;
}
