import { describe, expect, it } from 'vitest';
import type { Rating } from '@contract/framework';
import type { ReviewEvent } from '@contract/review';
import { describeEvent, type Labels } from './reviewEventText';

const labels: Labels = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Requires improvement to be good',
  1: 'Inadequate',
  0: 'Not enough evidence yet',
};

const agreed = (
  at: string,
  earlier: Rating | null,
  { own = earlier, meetingOn = null }: { own?: Rating | null; meetingOn?: string | null } = {},
) =>
  ({
    kind: 'agreed',
    at,
    byName: null,
    reason: 'Evenings lack cover.',
    agreed: { indicatorKey: 'd1-visible', number: '1.1', rating: 3, earlier, own, meetingOn },
  }) satisfies ReviewEvent;

describe('a line of the review’s history', () => {
  it('says what the team agreed and what it replaced', () => {
    expect(describeEvent(agreed('2026-11-12T10:00:00Z', 2), labels)).toBe(
      'Agreed in the team meeting on 12 November 2026: indicator 1.1 is Good (was Requires improvement to be good)',
    );
  });

  it('says when there was no rating to replace', () => {
    expect(describeEvent(agreed('2026-11-12T10:00:00Z', null), labels)).toBe(
      'Agreed in the team meeting on 12 November 2026: indicator 1.1 is Good (not rated before)',
    );
  });

  it('dates an agreement by the home’s calendar: 00:30 in summer time is the next day', () => {
    expect(describeEvent(agreed('2026-07-10T23:30:00Z', 4), labels)).toMatch(/on 11 July 2026:/);
  });

  it('dates an agreement by its meeting, not the day it was typed in', () => {
    expect(describeEvent(agreed('2026-07-14T16:00:00Z', 4, { meetingOn: '2026-07-10' }), labels)).toMatch(
      /^Agreed in the team meeting on 10 July 2026:/,
    );
  });

  it('keeps the manager’s own rating beside a second agreement', () => {
    expect(describeEvent(agreed('2026-11-12T10:00:00Z', 2, { own: 4 }), labels)).toBe(
      'Agreed in the team meeting on 12 November 2026: indicator 1.1 is Good (was Requires improvement to be good; you: Outstanding)',
    );
  });

  it('still describes the review’s own events', () => {
    const reopened: ReviewEvent = {
      kind: 'reopened',
      at: '2026-11-12T10:00:00Z',
      byName: 'Sam',
      reason: 'x',
    };
    expect(describeEvent(reopened, labels)).toMatch(/^Reopened by Sam on 12 November 2026 at /);
  });
});
