/**
 * Movement between two surveys of the same question (voice-meetings-reports.md, rule 4). With a handful
 * of young people, a difference one young person's answers could make (one arrived, one left, or one
 * answered differently) is not a trend and is never worded as one; only bigger differences are.
 */
import { quarterLabel } from './quarters';
import type { ChoiceCount, QuarterResults, QuestionResult } from '../voice';
import { answerScore, type Scale } from '../voice-scales';

export type AnswersChange =
  'same' | 'one-young-person' | 'more-positive' | 'less-positive' | 'about-the-same' | 'no-view';

const countOf = (counts: ChoiceCount[], value: number) => counts.find((c) => c.value === value)?.count ?? 0;

/** The mean score (0..1) of the scored answers, or null when none was scored. */
function meanScore(scale: Scale, counts: ChoiceCount[]): number | null {
  let total = 0;
  let n = 0;
  for (const c of counts) {
    const score = answerScore(scale, c.value);
    if (score === null) continue;
    total += score * c.count;
    n += c.count;
  }
  return n === 0 ? null : total / n;
}

/** How the answers to one question moved from `before` to `after` (both shown, so both above the threshold). */
export function answersChange(scale: Scale, before: ChoiceCount[], after: ChoiceCount[]): AnswersChange {
  const values = new Set([...before, ...after].map((c) => c.value));
  let moved = 0;
  for (const v of values) moved += Math.abs(countOf(after, v) - countOf(before, v));
  const sum = (counts: ChoiceCount[]) => counts.reduce((a, c) => a + c.count, 0);
  if (moved === 0) return 'same';
  // One more or one fewer answer (moved 1), or one answer in another place with the same total (moved 2).
  if (moved === 1 || (moved === 2 && sum(before) === sum(after))) return 'one-young-person';
  const was = meanScore(scale, before);
  const now = meanScore(scale, after);
  // Every answer on one side was "Don't know": the answers moved, but there is no direction to give,
  // and "about the same" would say nothing moved.
  if (was === null || now === null) return 'no-view';
  if (Math.abs(now - was) < 0.05) return 'about-the-same';
  return now > was ? 'more-positive' : 'less-positive';
}

/** The words for a change since `since` ("Apr to Jun 2026"). */
export function changeWords(change: AnswersChange, since: string): string {
  switch (change) {
    case 'same':
      return `The same as ${since}`;
    case 'one-young-person':
      return `Differs from ${since} by no more than one young person’s answers: too few to call it a change`;
    case 'more-positive':
      return `More positive than ${since}`;
    case 'less-positive':
      return `Less positive than ${since}`;
    case 'about-the-same':
      return `About the same as ${since}`;
    case 'no-view':
      return `Cannot say which way since ${since}: every answer in one of the two surveys was “Don’t know”`;
  }
}

/**
 * Each question's movement since the survey before (`previous`, if any), as the Children's views screen
 * and the Reg 45 draft word it: the quarter it is measured from, or null when there is nothing shown to
 * compare with, and the words for one question.
 */
export function movementSince(previous: QuarterResults | undefined): {
  since: string | null;
  words: (q: QuestionResult) => string;
} {
  const since = previous?.shown ? quarterLabel(previous.quarter) : null;
  return {
    since,
    words: (q) => {
      const before = previous?.questions.find((p) => p.questionId === q.questionId && p.scale === q.scale);
      if (!since || !before?.shown || !q.shown) return 'Nothing to compare';
      return changeWords(answersChange(q.scale, before.counts, q.counts), since);
    },
  };
}
