import { z } from 'zod';
import type { SccifKey } from './actions';
import type { Grade } from './framework';
import { homeDate, personName, text } from './home-date';
import { id } from './review';

const optionalDate = (what: string) => homeDate(what).nullable();

export const saveReg44VisitInput = z.strictObject({
  homeId: id,
  id: id.optional(),
  visitedOn: homeDate('the date of the visit'),
  visitor: personName('The independent person’s name'),
  reportReceivedOn: optionalDate('the date the report arrived'),
});

export const saveReg44RecommendationInput = z.strictObject({
  visitId: id,
  id: id.optional(),
  text: text('the recommendation'),
  respondBy: optionalDate('the timescale the visitor set'),
  response: text('the home’s response', false),
  respondedOn: optionalDate('the date the home responded'),
});

export interface Reg44Recommendation {
  id: number;
  text: string;
  respondBy: string | null;
  response: string;
  respondedOn: string | null;
  /** The action made from it, if any. */
  actionId: number | null;
}

export interface Reg44Visit {
  id: number;
  visitedOn: string;
  visitor: string;
  reportReceivedOn: string | null;
  recommendations: Reg44Recommendation[];
}

export interface Reg44QuarterFigures {
  quarter: string;
  visits: number;
  recommendations: number;
  /** Already due: answered, or unanswered past the timescale (rules/reg44-timescales.ts). */
  due: number;
  answeredInTime: number;
  notYetDue: number;
}

export interface Reg44Overview {
  visits: Reg44Visit[];
  /** Calendar months ended (past the grace period) with no visit, newest first: "2026-09". */
  missingMonths: string[];
  /**
   * The first month checked for a missing visit ("2026-05"): the home's first month in Hallmarks or its
   * first recorded visit, and no more than 12 months back. Months before it are not checked.
   */
  checkedFrom: string;
  quarters: Reg44QuarterFigures[];
}

export const PLACING_AUTHORITY_STATES = ['unknown', 'sent', 'not_sent'] as const;

export const saveReg45RecordInput = z.strictObject({
  homeId: id,
  id: id.optional(),
  periodStart: optionalDate('the start of the period covered'),
  periodEnd: optionalDate('the end of the period covered'),
  completedOn: homeDate('the date the review was completed'),
  sentToOfstedOn: optionalDate('the date the report was sent to Ofsted'),
  placingAuthorities: z.enum(PLACING_AUTHORITY_STATES),
  placingAuthoritiesSentOn: optionalDate('the date copies went to placing authorities'),
});

export type Reg45OfstedState = 'sent' | 'sent-late' | 'waiting' | 'due-soon' | 'late';

export interface Reg45Record {
  id: number;
  periodStart: string | null;
  periodEnd: string | null;
  completedOn: string;
  sentToOfstedOn: string | null;
  placingAuthorities: (typeof PLACING_AUTHORITY_STATES)[number];
  placingAuthoritiesSentOn: string | null;
  /** Completion + 28 days. */
  ofstedDeadline: string;
  ofstedState: Reg45OfstedState;
}

export const INSPECTION_KINDS = ['full', 'interim', 'monitoring', 'other'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INTERIM_OUTCOMES = ['improved', 'sustained', 'declined'] as const;

const grade = z
  .number()
  .int()
  .min(1)
  .max(4)
  .transform((g) => g as Grade)
  .nullable();

export const saveInspectionInput = z.strictObject({
  homeId: id,
  id: id.optional(),
  inspectedOn: homeDate('the date of the inspection'),
  kind: z.enum(INSPECTION_KINDS, { error: 'Choose the type of inspection' }),
  experiencesAndProgress: grade,
  helpedAndProtected: grade,
  leadersAndManagers: grade,
  interimOutcome: z.enum(INTERIM_OUTCOMES).nullable(),
  reportUrl: z
    .string()
    .max(2_000)
    .refine((u) => u === '' || /^https:\/\/[^\s]+$/.test(u), {
      error: 'Enter the report’s web address, starting https://',
    }),
});

export const saveInspectionItemInput = z.strictObject({
  inspectionId: id,
  id: id.optional(),
  kind: z.enum(['requirement', 'recommendation']),
  regulation: z.string().max(200, { error: 'The regulation must be 200 characters or fewer' }),
  text: text('the text'),
  complyBy: optionalDate('the compliance date'),
});

export interface InspectionItem {
  id: number;
  kind: 'requirement' | 'recommendation';
  regulation: string;
  text: string;
  complyBy: string | null;
  actionId: number | null;
}

export type SccifGrades = Record<SccifKey, Grade | null>;

export interface CalibrationRow {
  key: SccifKey;
  ofsted: Grade | null;
  home: Grade | null;
  /** 'higher': the home rated itself above Ofsted. */
  direction: 'agreed' | 'higher' | 'lower' | null;
}

export interface Inspection {
  id: number;
  inspectedOn: string;
  kind: InspectionKind;
  judgements: SccifGrades;
  interimOutcome: (typeof INTERIM_OUTCOMES)[number] | null;
  reportUrl: string;
  items: InspectionItem[];
  /** The home's most recent self-assessment before the inspection, beside Ofsted's; null when none. */
  calibration: { reviewQuarter: string; rows: CalibrationRow[] } | null;
}

export interface CalibrationSummary {
  compared: number;
  agreed: number;
  higher: number;
  lower: number;
}

export interface InspectionsOverview {
  inspections: Inspection[];
  calibration: CalibrationSummary;
}
