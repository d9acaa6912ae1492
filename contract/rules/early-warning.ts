/**
 * Early warning: the signs that usually come before a fall, over the last four quarters. A pure function
 * over data a home's review history holds (figures, Reg 44 recommendations, rating rounds, surveys,
 * appraisal dates), so the desktop dashboard and, later, the provider's hub compute the same signs.
 * Each sign says what moved, by how much, and where the record is. It never predicts an Ofsted grade.
 * Thresholds and their sources: ./early-warning-thresholds.ts (and docs/early-warning.md).
 */
import type { ManagerStatus, MetricValues } from '../metric-fields';
import type { ChoiceCount } from '../voice';
import type { Scale } from '../voice-scales';
import { quarterOfIso } from './dates';
import { addQuarters } from './quarters';
import { WINDOW_QUARTERS, type SignKind } from './early-warning-thresholds';
import {
  agencySign,
  managerSign,
  missingSign,
  restraintSign,
  supervisionSign,
  turnoverSign,
} from './early-warning-figures';
import { appraisalsSign, reg44Sign, surveySign, teamSign } from './early-warning-records';

export type { SignKind } from './early-warning-thresholds';

export interface FiguresRecord {
  quarter: string;
  values: MetricValues;
  managerStatus: ManagerStatus | null;
}

export interface Reg44RecommendationRecord {
  visitedOn: string;
  text: string;
  /** The indicator or domain its action is linked to, if any: recommendations are grouped by it. */
  topic: { key: string; label: string } | null;
}

/** One closed rating round: how many indicators the team's median put a grade or more below the manager. */
export interface TeamRoundRecord {
  quarter: string;
  reviewId: number;
  /** Indicators with the manager's rating and a team median from enough raters to show. */
  compared: number;
  belowManager: number;
}

export interface SurveyRecord {
  quarter: string;
  /** False below the home's threshold of answers: nothing from that survey is compared. */
  shown: boolean;
  questions: {
    questionId: number;
    wording: string;
    scale: Scale;
    shown: boolean;
    counts: ChoiceCount[];
  }[];
}

export interface EarlyWarningInput {
  /** The home's date today. */
  asOf: string;
  /** Every quarter's figures entered, in any order. */
  figures: FiguresRecord[];
  reg44: Reg44RecommendationRecord[];
  teamRounds: TeamRoundRecord[];
  surveys: SurveyRecord[];
  /** Staff in post now and how many of them are past the year since their last appraisal; null without a staff list. */
  appraisals: { inPost: number; late: number } | null;
}

export interface EarlyWarningSign {
  kind: SignKind;
  title: string;
  /** What moved and by how much, in a sentence. */
  moved: string;
  /** A hash route to where the record is kept. */
  link: string;
  linkText: string;
}

export interface EarlyWarning {
  /** The window, oldest first: the four quarters ending with the quarter that has just ended. */
  quarters: string[];
  /** Quarters in the window with any figures entered. */
  quartersWithFigures: number;
  signs: EarlyWarningSign[];
}

export interface Window {
  asOf: string;
  quarters: string[];
  first: string;
  last: string;
  /** The window's figures, oldest first, one entry per quarter (null where none were entered). */
  figures: (FiguresRecord | null)[];
  /** Every quarter's figures, for 12-month turnover reaching back before the window. */
  allFigures: FiguresRecord[];
}

/** The four quarters ending with the one just ended: a quarter still running has only part of its figures. */
export function warningWindow(asOf: string): string[] {
  const last = addQuarters(quarterOfIso(asOf), -1);
  return Array.from({ length: WINDOW_QUARTERS }, (_, i) => addQuarters(last, i - (WINDOW_QUARTERS - 1)));
}

/** The leading signs the home's records show, in the order the panel lists them. */
export function earlyWarning(input: EarlyWarningInput): EarlyWarning {
  const quarters = warningWindow(input.asOf);
  const byQuarter = new Map(input.figures.map((f) => [f.quarter, f]));
  const window: Window = {
    asOf: input.asOf,
    quarters,
    first: quarters[0]!,
    last: quarters.at(-1)!,
    figures: quarters.map((q) => byQuarter.get(q) ?? null),
    allFigures: input.figures,
  };
  const signs = [
    managerSign(window),
    turnoverSign(window),
    agencySign(window),
    supervisionSign(window),
    appraisalsSign(input.appraisals),
    missingSign(window),
    restraintSign(window),
    reg44Sign(window, input.reg44),
    teamSign(window, input.teamRounds),
    surveySign(window, input.surveys),
  ].filter((s): s is EarlyWarningSign => s !== null);
  return { quarters, quartersWithFigures: window.figures.filter(Boolean).length, signs };
}
