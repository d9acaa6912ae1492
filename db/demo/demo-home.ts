import type { Framework, Grade, Rating } from '../../contract/framework';
import type { Home } from '../../contract/home';
import { suggestDomainJudgement, suggestOverall } from '../../contract/rules/judgements';
import type { ReviewDetail } from '../../contract/review';
import { suggestSccif } from '../../contract/rules/sccif';
import type { Handlers as AllHandlers, ParsedInputOf } from '../../contract/operations';
import { addQuarters, quarterDates, quarterOf } from '../../contract/rules/quarters';
import { addDays, todayIso } from '../../contract/rules/dates';
import { demoFigures } from './demo-figures';
import {
  FALLBACK_NOTES,
  FALLBACK_SOURCES,
  domainReasons,
  indicatorWording,
  movementSentence,
  summaries,
} from './demo-notes';
import {
  DISCUSS,
  FRAMEWORK_V2_FROM,
  SCCIF_CHANGES,
  SECOND_MANAGER,
  SIGN_OFF_DAYS,
  STORY_LENGTH,
  signerFor,
  signerRoleFor,
  storyGrade,
  storyRating,
} from './demo-story';

/** The data operations; backups are bound by the store and not needed here. */
type Handlers = Omit<AllHandlers, `backups.${string}`>;

export const DEMO_HOME_NAME = 'Rowan House (sample)';

/** The eight quarters before `now`'s quarter, oldest first; the current quarter is left for the manager. */
export function demoQuarters(now: Date): string[] {
  const current = quarterOf(now);
  return Array.from({ length: STORY_LENGTH }, (_, i) => addQuarters(current, i - STORY_LENGTH));
}

/** The date, or today when it has not come yet: the sample records nothing done in the future. */
export function notAfter(iso: string, today: string): string {
  return iso < today ? iso : today;
}

/** A date in the fortnight after the quarter ends, but never after `now`. */
export function signOffDate(quarter: string, index: number, now: Date): string {
  return notAfter(addDays(quarterDates(quarter).end, SIGN_OFF_DAYS[index] ?? 7), todayIso(now));
}

/** A tiny seeded generator (mulberry32), so the sample is the same every time. */
export function seeded(text: string): () => number {
  let seed = 0;
  for (const ch of text) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One to three of the indicator's sources (one when there is not enough evidence yet). */
function pickSources(candidates: readonly string[], key: string, index: number, rating: Rating): string[] {
  const random = seeded(`${key}#${index}`);
  const most = rating === 0 ? 1 : Math.min(3, candidates.length);
  const count = 1 + Math.floor(random() * most);
  const start = Math.floor(random() * candidates.length);
  return Array.from({ length: count }, (_, i) => candidates[(start + i) % candidates.length]!);
}

type IndicatorInput = Omit<ParsedInputOf<'reviews.saveIndicator'>, 'reviewId'>;

/** The story's answer for one indicator in quarter `index`. */
export function indicatorAnswer(
  domainKey: string,
  indicatorKey: string,
  index: number,
  known: ReadonlySet<string>,
): IndicatorInput {
  const rating: Rating = storyRating(domainKey, indicatorKey, index) ?? storyGrade(domainKey, index) ?? 3;
  const wording = indicatorWording[indicatorKey];
  const variants = wording?.notes[rating];
  let note = FALLBACK_NOTES[rating];
  if (variants && variants.length > 0) {
    // Each recurrence of a rating takes the next note, so two quarters at the same grade read differently.
    const earlier = Array.from({ length: index }, (_, i) => storyRating(domainKey, indicatorKey, i)).filter(
      (r) => r === rating,
    ).length;
    note = variants[earlier % variants.length]!;
  }
  const candidates = (wording?.sources ?? FALLBACK_SOURCES).filter((s) => known.has(s));
  return {
    indicatorKey,
    rating,
    note,
    sources: candidates.length > 0 ? pickSources(candidates, indicatorKey, index, rating) : [],
    otherSource: '',
    discuss: DISCUSS[index]?.includes(indicatorKey) ?? false,
  };
}

function domainRationale(framework: Framework, domainKey: string, grade: Grade, earlier: readonly Grade[]) {
  const wording = domainReasons[domainKey]?.[grade];
  const list = typeof wording === 'string' ? [wording] : (wording ?? []);
  const times = earlier.filter((g) => g === grade).length;
  const reason =
    list[Math.min(times, list.length - 1)] ??
    framework.domains.find((d) => d.key === domainKey)?.grades[grade] ??
    'The evidence across the indicators supports this judgement.';
  return [reason, movementSentence(earlier.at(-1) ?? null, grade)].filter(Boolean).join(' ');
}

/** The judgement the manager confirms: the app's suggestion, or the story's grade where there is none. */
function judgementFor(domainKey: string, ratings: Rating[], index: number, v1: boolean): Grade {
  const suggested = suggestDomainJudgement(ratings, { inadequateCaps: v1 }).grade;
  if (suggested !== null) return suggested;
  const graded = ratings.filter((r): r is Grade => r > 0).sort((a, b) => a - b);
  return storyGrade(domainKey, index) ?? graded[Math.floor((graded.length - 1) / 2)] ?? 3;
}

/**
 * Starts a review against the framework version the sample's story gives the quarter: version 1 for the
 * older quarters, version 2 for the last three (all were reviewed before version 3 existed).
 */
export type StartReview = (homeId: number, quarter: string, version: 1 | 2) => ReviewDetail;

/**
 * Runs after the manager's ratings are in and before the judgements, while the review is a draft: the
 * quarter's team meeting, whose agreed ratings become the review's.
 */
export type TeamMeetingStep = (homeId: number, reviewId: number, index: number) => void;

/** The three SCCIF judgements: the suggestion, or the story's change with its reason. */
function saveSccif(handlers: Handlers, reviewId: number, framework: Framework, index: number) {
  for (const area of ['protection', 'leadership', 'experiences'] as const) {
    const review = handlers['reviews.get']({ id: reviewId });
    const state = {
      domainJudgements: Object.fromEntries(review.domains.map((d) => [d.key, d.judgement])),
      indicatorRatings: Object.fromEntries(review.indicators.map((i) => [i.key, i.rating])),
      confirmed: Object.fromEntries((review.sccif ?? []).map((j) => [j.area, j.judgement])),
    };
    const suggested = suggestSccif(framework, state)[area].grade ?? 3;
    const change = area === 'experiences' ? undefined : SCCIF_CHANGES[index]?.[area];
    handlers['reviews.saveJudgement']({
      reviewId,
      area,
      judgement: change?.grade ?? suggested,
      reason: change?.reason ?? '',
    });
  }
}

function writeReview(
  handlers: Handlers,
  homeId: number,
  quarter: string,
  index: number,
  now: Date,
  history: Map<string, Grade[]>,
  startReview?: StartReview,
  teamMeeting?: TeamMeetingStep,
) {
  const review = startReview
    ? startReview(homeId, quarter, index < FRAMEWORK_V2_FROM ? 1 : 2)
    : handlers['reviews.start']({ homeId, quarter });
  const v1 = review.frameworkVersion === 1;
  const reviewId = review.id;
  const framework = handlers['framework.get']({ version: review.frameworkVersion });
  const known = new Set(framework.evidenceSources.map((s) => s.key));
  const safeguarding = new Set(
    framework.domains.flatMap((d) => d.indicators.filter((i) => i.safeguarding).map((i) => i.key)),
  );

  for (const indicator of review.indicators) {
    handlers['reviews.saveIndicator']({
      reviewId,
      ...indicatorAnswer(indicator.domainKey, indicator.key, index, known),
    });
  }
  teamMeeting?.(homeId, reviewId, index);

  // The ratings as they stand after the meeting: an agreed rating replaces the manager's.
  const ratings = new Map<string, Rating[]>();
  const safeguardingRatings: Rating[] = [];
  for (const indicator of handlers['reviews.get']({ id: reviewId }).indicators) {
    const rating = indicator.rating ?? 0;
    ratings.set(indicator.domainKey, [...(ratings.get(indicator.domainKey) ?? []), rating]);
    if (safeguarding.has(indicator.key)) safeguardingRatings.push(rating);
  }

  const judgements: Record<string, Grade> = {};
  for (const domain of review.domains) {
    const judgement = judgementFor(domain.key, ratings.get(domain.key) ?? [], index, v1);
    const earlier = history.get(domain.key) ?? [];
    judgements[domain.key] = judgement;
    handlers['reviews.saveDomain']({
      reviewId,
      domainKey: domain.key,
      judgement,
      rationale: domainRationale(framework, domain.key, judgement, earlier),
    });
    history.set(domain.key, [...earlier, judgement]);
  }

  const overall = suggestOverall({
    domainJudgements: judgements,
    leadershipDomain: framework.domains.find((d) => d.limiting === 'leadership')?.key ?? '',
    safeguardingRatings,
  }).grade;
  if (framework.sccif) saveSccif(handlers, reviewId, framework, index);
  const summary = summaries[index] ?? summaries[7];
  handlers['reviews.saveSummary']({
    reviewId,
    strengths: summary.strengths,
    improvements: summary.improvements,
    overall: overall ?? 3,
    staffRoomSummary: summary.staffRoom,
  });
  handlers['reviews.complete']({
    reviewId,
    signedByName: signerFor(index),
    signedByRole: signerRoleFor(index),
    signedOn: signOffDate(quarter, index, now),
  });
}

/**
 * Creates "Rowan House (sample)" with eight completed quarterly reviews telling the story in
 * demo-story.ts, through the handlers alone. With `startReview`, the older quarters are reviewed against
 * framework version 1 and the last three against version 2; `teamMeeting` adds each quarter's team
 * meeting before its review is completed. The caller wraps this in a transaction.
 */
export function createDemoHome(
  handlers: Handlers,
  now: Date,
  startReview?: StartReview,
  teamMeeting?: TeamMeetingStep,
): Home {
  const home = handlers['homes.create']({
    name: DEMO_HOME_NAME,
    urn: null,
    registeredManager: SECOND_MANAGER,
    places: 4,
  });
  const history = new Map<string, Grade[]>();
  demoQuarters(now).forEach((quarter, index) => {
    writeReview(handlers, home.id, quarter, index, now, history, startReview, teamMeeting);
    handlers['metrics.save']({ homeId: home.id, quarter, ...demoFigures(index, quarter) });
  });
  return handlers['homes.get']({ id: home.id });
}
