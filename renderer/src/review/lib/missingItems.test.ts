import { describe, expect, it } from 'vitest';
import type { FrameworkDomain } from '@contract/framework';
import { linkMissingItems } from './missingItems';

const domains = [
  { key: 'leadership', title: 'Leadership, vision and visibility' },
  { key: 'education', title: 'Education and learning' },
] as FrameworkDomain[];

describe('linking what a review still needs to where it is fixed', () => {
  it('links domain items to the domain and summary items to their field', () => {
    expect(
      linkMissingItems(
        [
          'Education and learning: 2 of 5 indicators still to rate.',
          'Leadership, vision and visibility: the domain judgement.',
          'Summary: the strengths.',
          'Summary: the areas to improve.',
          'Summary: the overall judgement.',
          'Something else entirely.',
        ],
        domains,
      ).map(({ domainKey, fieldId }) => domainKey ?? fieldId ?? null),
    ).toEqual([
      'education',
      'leadership',
      'summary-strengths',
      'summary-improvements',
      'overall-judgement',
      null,
    ]);
  });
});
