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

describe('the words for each movement', () => {
  it('says the same, more or less positive, or about the same, against the quarter before', () => {
    const since = 'Apr to Jun 2026';
    expect(changeWords('same', since)).toBe('The same as Apr to Jun 2026');
    expect(changeWords('more-positive', since)).toBe('More positive than Apr to Jun 2026');
    expect(changeWords('about-the-same', since)).toBe('About the same as Apr to Jun 2026');
  });
});

describe('movement when a survey’s answers leave something out', () => {
  const a5 = (...n: number[]) => n.map((count, value) => ({ value, label: String(value), count }));

  it('reads a choice missing from one survey’s counts as nobody choosing it', () => {
    const before: ChoiceCount[] = [{ value: 0, label: 'Always', count: 3 }];
    const after: ChoiceCount[] = [
      { value: 0, label: 'Always', count: 1 },
      { value: 3, label: 'Never', count: 2 },
    ];
    expect(answersChange('f4', before, after)).toBe('less-positive');
    expect(answersChange('f4', after, before)).toBe('more-positive');
  });

  it('gives no direction, and never calls it "about the same", when every answer on one side was “Don’t know”', () => {
    expect(answersChange('a5', a5(0, 0, 0, 0, 3), a5(3, 0, 0, 0, 0))).toBe('no-view');
    expect(answersChange('a5', a5(0, 0, 0, 3, 0), a5(0, 0, 0, 0, 3))).toBe('no-view');
    expect(changeWords('no-view', 'Apr to Jun 2026')).toBe(
      'Cannot say which way since Apr to Jun 2026: every answer in one of the two surveys was “Don’t know”',
    );
  });

  it('counts a move of exactly a twentieth of the scale (0.15 of a grade) as a change', () => {
    // One arrived answering "Most of the time"; one moved from "Sometimes" to "Never": 1/12 to 2/15.
    expect(answersChange('f4', f4(0, 0, 1, 3), f4(0, 1, 0, 4))).toBe('more-positive');
  });
});

describe('which question of the survey before is compared', () => {
  const question = (questionId: number, scale: 'f4' | 'faces3', counts: ChoiceCount[], shown = true) =>
    ({ questionId, scale, counts, shown }) as unknown as QuestionResult;
  const before = (...questions: QuestionResult[]) =>
    ({ quarter: '2026-Q2', shown: true, questions }) as unknown as QuarterResults;
  const now = question(1, 'f4', f4(1, 0, 0, 2));

  it('has nothing to compare with when there was no survey before', () => {
    expect(movementSince(undefined).words(now)).toBe('Nothing to compare');
  });

  it('compares only the same question on the same scale', () => {
    expect(movementSince(before(question(2, 'f4', f4(3, 0, 0, 0)))).words(now)).toBe('Nothing to compare');
    expect(movementSince(before(question(1, 'faces3', f4(3, 0, 0)))).words(now)).toBe('Nothing to compare');
    expect(
      movementSince(before(question(2, 'f4', f4(0, 0, 0, 3)), question(1, 'f4', f4(3, 0, 0, 0)))).words(now),
    ).toBe('Less positive than Apr to Jun 2026');
  });

  it('has nothing to compare with when too few answered that question in the survey before', () => {
    expect(movementSince(before(question(1, 'f4', [], false))).words(now)).toBe('Nothing to compare');
  });
});
