import { describe, expect, it } from 'vitest';
import type { ChoiceCount, QuarterResults, QuestionResult } from '../voice';
import { answersChange, changeWords, movementSince } from './voice-change';

/** f4 counts: Always, Most of the time, Sometimes, Never. */
const f4 = (...n: number[]): ChoiceCount[] =>
  n.map((count, value) => ({ value, label: String(value), count }));

describe('movement between two surveys of a question', () => {
  it('never calls a difference one young person could make a change', () => {
    // One arrived and answered Never.
    expect(answersChange('f4', f4(2, 1, 0, 0), f4(2, 1, 0, 1))).toBe('one-young-person');
    // One left.
    expect(answersChange('f4', f4(2, 1, 1, 0), f4(2, 1, 0, 0))).toBe('one-young-person');
    // One answered Never instead of Always: the biggest swing one child can make, still not a trend.
    expect(answersChange('f4', f4(3, 0, 0, 0), f4(2, 0, 0, 1))).toBe('one-young-person');
    expect(changeWords('one-young-person', 'Apr to Jun 2026')).toBe(
      'Differs from Apr to Jun 2026 by no more than one young person’s answers: too few to call it a change',
    );
  });

  it('words bigger differences by direction, without percentages', () => {
    expect(answersChange('f4', f4(3, 0, 0, 0), f4(1, 0, 0, 2))).toBe('less-positive');
    expect(answersChange('f4', f4(0, 1, 2, 0), f4(2, 1, 0, 0))).toBe('more-positive');
    // Two arrived, one Always and one Sometimes: the mean does not move.
    expect(answersChange('f4', f4(1, 1, 1, 0), f4(2, 1, 2, 0))).toBe('about-the-same');
    expect(answersChange('f4', f4(1, 2, 0, 0), f4(1, 2, 0, 0))).toBe('same');
    expect(changeWords('less-positive', 'Apr to Jun 2026')).toBe('Less positive than Apr to Jun 2026');
  });

  it('leaves "don’t know" out of the direction but counts it as an answer that moved', () => {
    const a5 = (...n: number[]) => n.map((count, value) => ({ value, label: String(value), count }));
    expect(answersChange('a5', a5(2, 1, 0, 0, 0), a5(2, 1, 0, 0, 2))).toBe('about-the-same');
    expect(answersChange('a5', a5(2, 1, 0, 0, 0), a5(2, 1, 0, 0, 1))).toBe('one-young-person');
  });
});

describe('movement since the survey before', () => {
  const question = (counts: ChoiceCount[], shown = true) =>
    ({ questionId: 1, scale: 'f4', counts, shown }) as unknown as QuestionResult;
  const quarter = (q: string, shown: boolean, questions: QuestionResult[]) =>
    ({ quarter: q, shown, questions }) as unknown as QuarterResults;

  it('is measured from the survey before when its results may be shown, and from nothing otherwise', () => {
    const before = quarter('2026-Q2', true, [question(f4(3, 0, 0, 0))]);
    const { since, words } = movementSince(before);
    expect(since).toBe('Apr to Jun 2026');
    expect(words(question(f4(1, 0, 0, 2)))).toBe('Less positive than Apr to Jun 2026');
    expect(words(question(f4(1, 0, 0, 2), false))).toBe('Nothing to compare');
    expect(movementSince(quarter('2026-Q2', false, [])).since).toBeNull();
    expect(movementSince(undefined).since).toBeNull();
  });
});
