import { describe, expect, it } from 'vitest';
import { answerScore, SCALE_CHOICES, scoreAsGrade } from '../voice-scales';
import { canShowResult, disagreement, effectiveThreshold, quarterOfDate } from './voice-rules';

describe('the anonymity threshold', () => {
  it('hides a result until three young people answered', () => {
    expect(canShowResult(0, 3)).toBe(false);
    expect(canShowResult(2, 3)).toBe(false);
    expect(canShowResult(3, 3)).toBe(true);
  });
  it('never falls below three, whatever the setting says', () => {
    expect(effectiveThreshold(1)).toBe(3);
    expect(effectiveThreshold(0)).toBe(3);
    expect(effectiveThreshold(Number.NaN)).toBe(3);
    expect(canShowResult(2, 1)).toBe(false);
  });
  it('follows a higher setting', () => {
    expect(canShowResult(4, 5)).toBe(false);
    expect(canShowResult(5, 5)).toBe(true);
  });
});

describe('the picture scale on the grade line', () => {
  it('puts every "Always" at Outstanding and every "Never" at Inadequate', () => {
    expect(scoreAsGrade(answerScore('f4', 0)!)).toBe(4);
    expect(scoreAsGrade(answerScore('f4', 3)!)).toBe(1);
    expect(scoreAsGrade(answerScore('faces3', 1)!)).toBe(2.5);
  });
  it('leaves out skipped and "don\'t know" answers', () => {
    expect(answerScore('f4', null)).toBeNull();
    expect(answerScore('a5', 4)).toBeNull();
    expect(answerScore('f4', 9)).toBeNull();
  });
  it('gives every picture words as well as a face', () => {
    for (const choices of Object.values(SCALE_CHOICES)) {
      for (const c of choices) expect(c.label.length).toBeGreaterThan(1);
    }
  });
});

describe('the triangulation margin', () => {
  it('flags a hallmark where the manager says Outstanding and young people say sometimes', () => {
    const young = scoreAsGrade(1 / 3); // every answer "Sometimes": 2
    const d = disagreement({ manager: 4, team: null, youngPeople: young }, 1);
    expect(d).toEqual({ flagged: true, gap: 2, between: ['manager', 'youngPeople'] });
  });
  it('does not flag a gap equal to the margin', () => {
    expect(disagreement({ manager: 4, team: null, youngPeople: 3 }, 1).flagged).toBe(false);
    expect(disagreement({ manager: 4, team: null, youngPeople: 2.99 }, 1).flagged).toBe(true);
  });
  it('needs two views to compare', () => {
    expect(disagreement({ manager: 4, team: null, youngPeople: null }, 1)).toEqual({
      flagged: false,
      gap: 0,
      between: null,
    });
  });
  it('compares the team too, naming the widest pair', () => {
    const d = disagreement({ manager: 3, team: 1, youngPeople: 3.5 }, 1.5);
    expect(d.between).toEqual(['team', 'youngPeople']);
    expect(d.flagged).toBe(true);
  });
});

describe('quarters of home dates', () => {
  it('numbers quarters from January', () => {
    expect(quarterOfDate('2026-01-01')).toBe('2026-Q1');
    expect(quarterOfDate('2026-03-31')).toBe('2026-Q1');
    expect(quarterOfDate('2026-04-01')).toBe('2026-Q2');
    expect(quarterOfDate('2026-12-31')).toBe('2026-Q4');
  });
});
