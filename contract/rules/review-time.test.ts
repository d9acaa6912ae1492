import { describe, expect, it } from 'vitest';
import {
  addEffort,
  afreshMargin,
  indicatorEffort,
  INDICATORS_V2,
  ISSUE_INDICATOR,
  minutesOf,
  NO_EFFORT,
  REST_OF_REVIEW,
  secondsOf,
  sumEffort,
  typicalWalk,
  wholeReview,
  wordCount,
} from './review-time';

const before = () => addEffort(REST_OF_REVIEW, sumEffort(Array(INDICATORS_V2).fill(ISSUE_INDICATOR)));

describe('the keystroke model of a review', () => {
  it('prices each operator as the issue does, plus reading and deciding', () => {
    expect(secondsOf({ ...NO_EFFORT, clicks: 2 })).toBe(3);
    expect(secondsOf({ ...NO_EFFORT, presses: 10, characters: 15 })).toBeCloseTo(7);
    expect(secondsOf({ ...NO_EFFORT, recalls: 1 })).toBe(45);
    expect(secondsOf({ ...NO_EFFORT, wordsRead: 20, decisions: 1 })).toBeCloseTo(7.35);
  });

  it('gives the issue’s whole review before this work as about 90 minutes', () => {
    const e = before();
    expect([e.clicks, e.recalls, e.characters / 125]).toEqual([224, 59, 69]);
    expect(minutesOf(e)).toBe(90.1);
  });

  it('prices a note written afresh as a recall and a note’s typing, and a confirmation as reading it', () => {
    expect(indicatorEffort({ clicks: 0, presses: 5, wroteNote: true, confirmedWords: null })).toEqual({
      ...NO_EFFORT,
      presses: 5,
      characters: 125,
      recalls: 1,
    });
    expect(indicatorEffort({ clicks: 0, presses: 2, wroteNote: false, confirmedWords: 30 })).toEqual({
      ...NO_EFFORT,
      presses: 2,
      wordsRead: 30,
      decisions: 1,
    });
  });

  it('takes the measured path of each kind, rounded up, and refuses a kind never walked', () => {
    const walks = [
      { clicks: 1, presses: 2, wroteNote: false, confirmedWords: 10 },
      { clicks: 0, presses: 3, wroteNote: false, confirmedWords: 20 },
    ];
    expect(typicalWalk(walks)).toEqual({ clicks: 1, presses: 3 });
    expect(() => typicalWalk([])).toThrow(/No indicator of this kind/);
  });

  it('adds up a whole review from the indicators’ kinds and the rest of the review', () => {
    const measured = {
      confirmed: [{ clicks: 0, presses: 2, wroteNote: false, confirmedWords: 0 }],
      afresh: [{ clicks: 0, presses: 5, wroteNote: true, confirmedWords: null }],
    };
    const allAfresh = wholeReview(Array(48).fill({ kind: 'afresh' }), measured);
    // Only the clicks become key presses: 48 recalls and notes remain, so it stays above an hour.
    expect(minutesOf(allAfresh)).toBe(86.4);
    const mostlySame = wholeReview(
      [...Array(40).fill({ kind: 'confirmed', words: 25 }), ...Array(8).fill({ kind: 'afresh' })],
      measured,
    );
    expect(mostlySame.recalls).toBe(11 + 8);
    expect(minutesOf(mostlySame)).toBeLessThan(45);
  });

  it('finds how many confirmed indicators could be written afresh within the limit', () => {
    const measured = {
      confirmed: [{ clicks: 0, presses: 2, wroteNote: false, confirmedWords: 0 }],
      afresh: [{ clicks: 0, presses: 5, wroteNote: true, confirmedWords: null }],
    };
    const review = [
      ...Array(40).fill({ kind: 'confirmed', words: 25 }),
      ...Array(8).fill({ kind: 'afresh' }),
    ];
    const margin = afreshMargin(review, measured, 45);
    const turned = (n: number) => [
      ...Array(40 - n).fill({ kind: 'confirmed', words: 25 }),
      ...Array(8 + n).fill({ kind: 'afresh' }),
    ];
    expect(minutesOf(wholeReview(turned(margin), measured))).toBeLessThanOrEqual(45);
    expect(minutesOf(wholeReview(turned(margin + 1), measured))).toBeGreaterThan(45);
    expect(afreshMargin(Array(48).fill({ kind: 'afresh' }), measured, 45)).toBe(0);
  });

  it('counts words as a reader would', () => {
    expect(wordCount('  Walk-round log:\n evening visits  weekly. ')).toBe(5);
    expect(wordCount('')).toBe(0);
  });
});
