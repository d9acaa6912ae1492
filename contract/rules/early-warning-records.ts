/** The early-warning signs read from records other than the figures (see early-warning.ts). */
import type {
  EarlyWarningSign,
  Reg44RecommendationRecord,
  SurveyRecord,
  TeamRoundRecord,
  Window,
} from './early-warning';
import {
  APPRAISALS_LATE_PEOPLE,
  APPRAISALS_LATE_PERCENT,
  REG44_REPEAT_VISITS,
  TEAM_BELOW_RISE,
} from './early-warning-thresholds';
import { formatIsoDate, quarterOfIso } from './dates';
import { quarterDates, quarterLabel } from './quarters';
import { answersChange } from './voice-change';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

export function appraisalsSign(appraisals: { inPost: number; late: number } | null): EarlyWarningSign | null {
  if (!appraisals || appraisals.inPost === 0) return null;
  const { inPost, late } = appraisals;
  if (late < APPRAISALS_LATE_PEOPLE || late * 100 < APPRAISALS_LATE_PERCENT * inPost) return null;
  return {
    kind: 'appraisals',
    title: 'Appraisals slipping',
    moved: `${late} of the ${inPost} staff in post are past a year since their last appraisal (or since they started).`,
    link: '#/inspections/calendar',
    linkText: 'Dates that must not slip',
  };
}

/** What a recommendation is about: its linked indicator or domain, else its own words. */
function subject(r: Reg44RecommendationRecord): { key: string; label: string } {
  if (r.topic) return r.topic;
  const words = r.text.trim().toLowerCase().replace(/\s+/g, ' ');
  return { key: `text:${words}`, label: `“${short(r.text.trim())}”` };
}

export function reg44Sign(window: Window, reg44: Reg44RecommendationRecord[]): EarlyWarningSign | null {
  const from = quarterDates(window.first).start;
  const bySubject = new Map<string, { label: string; visits: Set<string> }>();
  for (const r of reg44) {
    if (r.visitedOn < from || r.visitedOn > window.asOf) continue;
    const { key, label } = subject(r);
    const entry = bySubject.get(key) ?? { label, visits: new Set<string>() };
    entry.visits.add(r.visitedOn);
    bySubject.set(key, entry);
  }
  const repeated = [...bySubject.values()].filter((s) => s.visits.size >= REG44_REPEAT_VISITS);
  if (repeated.length === 0) return null;
  const described = repeated.map(
    (s) => `${s.label} at ${s.visits.size} visits (${[...s.visits].sort().map(formatIsoDate).join(', ')})`,
  );
  return {
    kind: 'reg44',
    title: 'Reg 44 concerns repeated',
    moved: `The independent visitor recommended action on the same subject more than once: ${described.join('; ')}.`,
    link: '#/inspections/reg44',
    linkText: 'Reg 44 visits',
  };
}

export function teamSign(window: Window, rounds: TeamRoundRecord[]): EarlyWarningSign | null {
  const inWindow = rounds
    .filter((r) => r.quarter >= window.first && r.quarter <= window.last && r.compared > 0)
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
  if (inWindow.length < 2) return null;
  const from = inWindow[0]!;
  const to = inWindow.at(-1)!;
  const rise = to.belowManager - from.belowManager;
  if (rise < TEAM_BELOW_RISE) return null;
  return {
    kind: 'team',
    title: "Team's ratings drifting below yours",
    moved: `The team's ratings were a grade or more below yours on ${plural(to.belowManager, 'indicator', 'indicators')} in ${quarterLabel(to.quarter)}, against ${from.belowManager} in ${quarterLabel(from.quarter)}: ${rise} more.`,
    link: `#/team/meeting/${to.reviewId}`,
    linkText: `Team meeting for ${quarterLabel(to.quarter)}`,
  };
}

export function surveySign(window: Window, surveys: SurveyRecord[]): EarlyWarningSign | null {
  // Surveys of the quarter still running count too: young people's answers are whole when given.
  const current = quarterOfIso(window.asOf);
  const shown = surveys
    .filter((s) => s.shown && s.quarter >= window.first && s.quarter <= current)
    .sort((a, b) => a.quarter.localeCompare(b.quarter));
  if (shown.length < 2) return null;
  const earliest = shown[0]!;
  const latest = shown.at(-1)!;
  const falling = latest.questions.filter((q) => {
    const before = earliest.questions.find((b) => b.questionId === q.questionId && b.scale === q.scale);
    return q.shown && before?.shown && answersChange(q.scale, before.counts, q.counts) === 'less-positive';
  });
  if (falling.length === 0) return null;
  return {
    kind: 'survey',
    title: "Young people's answers falling",
    moved: `Less positive in ${quarterLabel(latest.quarter)} than in ${quarterLabel(earliest.quarter)}: ${falling.map((q) => `“${short(q.wording.trim().replace(/[.!?]+$/, ''))}”`).join(', ')}.`,
    link: '#/voice',
    linkText: "Young people's answers",
  };
}
