import { describe, expect, it } from 'vitest';
import { indicatorReasons, orderAgenda, type AgendaCandidate } from './agenda-rules';
import { spreadOf } from './team-rules';

const item = (key: string, extra: Partial<AgendaCandidate> = {}): AgendaCandidate => ({
  key,
  discuss: false,
  rating: 3,
  previous: 3,
  spread: null,
  ...extra,
});

describe('agenda selection', () => {
  it('takes flagged, changed and widely spread indicators, with every reason', () => {
    const found = indicatorReasons([
      item('a'),
      item('b', { discuss: true }),
      item('c', { previous: 2 }),
      item('d', { spread: spreadOf([1, 3, 4]) }),
      item('e', { spread: spreadOf([3, 3, 4]) }),
      item('f', { discuss: true, previous: 4, spread: spreadOf([2, 3, 4]) }),
      item('g', { previous: null }),
    ]);
    expect(Object.fromEntries(found)).toEqual({
      b: ['discuss'],
      c: ['changed'],
      d: ['spread'],
      f: ['discuss', 'changed', 'spread'],
    });
  });

  it('keeps only the five widest spreads, widest first', () => {
    const many = [1, 2, 3, 4, 5, 6].map((n) => item(`m${n}`, { spread: spreadOf([2, 3, 4]) }));
    const found = indicatorReasons([...many, item('wide', { spread: spreadOf([1, 4, 4]) })]);
    expect(found.has('wide')).toBe(true);
    expect(found.size).toBe(5);
  });

  it('keeps the manager’s order and puts new items after it', () => {
    const items = ['x', 'y', 'z', 'new'].map((id) => ({ id }));
    expect(orderAgenda(items, ['z', 'gone', 'x']).map((i) => i.id)).toEqual(['z', 'x', 'y', 'new']);
  });
});
