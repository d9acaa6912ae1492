import { describe, expect, it } from 'vitest';
import { smallNumberWords } from './voice-small-numbers';

describe('survey answers from fewer than five young people', () => {
  it('say how many of those who answered were positive, never one option’s count', () => {
    const counts = [
      { value: 0, label: 'Always', count: 1 },
      { value: 1, label: 'Most of the time', count: 1 },
      { value: 2, label: 'Sometimes', count: 1 },
      { value: 3, label: 'Never', count: 1 },
    ];
    expect(smallNumberWords('f4', counts, 4)).toBe('2 of 4 positive');
    expect(
      smallNumberWords(
        'faces3',
        [
          { value: 0, label: 'Happy', count: 2 },
          { value: 1, label: 'In between', count: 1 },
        ],
        3,
      ),
    ).toBe('2 of 3 positive');
  });

  it('leave five answers or more to print as counts', () => {
    expect(smallNumberWords('f4', [{ value: 0, label: 'Always', count: 5 }], 5)).toBeNull();
  });
});
