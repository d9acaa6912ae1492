import { describe, expect, it } from 'vitest';
import { isLowerAnswer, REG45_WORRY_FOLLOW_UP, talkPromptOf, worriesIn } from './voice-safety';

describe('the answers that prompt a talk', () => {
  it('are the two lowest on each scale, never a skip or "don’t know"', () => {
    // f4: Always 0, Most of the time 1, Sometimes 2, Never 3.
    expect([0, 1, 2, 3].map((c) => isLowerAnswer('f4', c))).toEqual([false, false, true, true]);
    // faces3: happy 0, in between 1, sad 2.
    expect([0, 1, 2].map((c) => isLowerAnswer('faces3', c))).toEqual([false, true, true]);
    // a5: the two disagrees, not "don't know" (4).
    expect([0, 1, 2, 3, 4].map((c) => isLowerAnswer('a5', c))).toEqual([false, false, true, true, false]);
    expect(isLowerAnswer('f4', null)).toBe(false);
    expect(isLowerAnswer('open', 0)).toBe(false);
  });

  it('come from children’s questions on safety, and the built-in trusted-adult ones', () => {
    expect(talkPromptOf('young', 'Y1', 'safety')).toBe('safe');
    expect(talkPromptOf('easy', 'E1', 'safety')).toBe('safe');
    expect(talkPromptOf('young', null, 'safety')).toBe('safe');
    expect(talkPromptOf('young', 'Y4', 'relationships')).toBe('trusted-adult');
    expect(talkPromptOf('easy', 'E4', 'relationships')).toBe('trusted-adult');
    expect(talkPromptOf('young', 'Y7', 'relationships')).toBeNull();
    // Adults' questionnaires never prompt a child's message.
    expect(talkPromptOf('parents', 'P1', 'safety')).toBeNull();
  });
});

describe('the worries a Reg 45 review reports', () => {
  it('are those raised in any quarter of the period, in a fixed order, and only those', () => {
    const quarters = [
      { quarter: '2026-Q3', worries: ['trusted-adult' as const] },
      { quarter: '2026-Q2', worries: ['safe' as const, 'trusted-adult' as const] },
      { quarter: '2026-Q1', worries: ['safe' as const] },
    ];
    expect(worriesIn(quarters, ['2026-Q2', '2026-Q3'])).toEqual(['safe', 'trusted-adult']);
    expect(worriesIn(quarters, ['2026-Q3', '2026-Q4'])).toEqual(['trusted-adult']);
    expect(worriesIn(quarters, ['2025-Q4', '2025-Q3'])).toEqual([]);
  });

  it('ask the registered person to confirm the follow-up, never claiming it happened or saying who', () => {
    expect(REG45_WORRY_FOLLOW_UP).toMatch(/analysis should confirm/);
    expect(REG45_WORRY_FOLLOW_UP).toMatch(/safeguarding procedures/);
    expect(REG45_WORRY_FOLLOW_UP).not.toMatch(/\d/);
  });
});
