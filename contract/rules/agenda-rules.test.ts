import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../actions';
import {
  indicatorReasons,
  orderAgenda,
  overdueOn,
  ownRating,
  suggestedRoundDomains,
  type AgendaCandidate,
} from './agenda-rules';
import { reasonWords, type AgendaItem } from '../team-meeting';
import { DEFAULT_FLAG_MARGIN, managerFlag, spreadOf } from './team-rules';

const item = (key: string, extra: Partial<AgendaCandidate> = {}): AgendaCandidate => ({
  key,
  discuss: false,
  rating: 3,
  previous: 3,
  agreed: null,
  spread: null,
  flag: null,
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

  it('says a rating the team agreed was agreed, not changed, until the manager changes it again', () => {
    const found = indicatorReasons([
      item('agreed-in-meeting', { rating: 3, previous: 4, agreed: 3 }),
      item('agreed-unchanged', { rating: 3, previous: 3, agreed: 3 }),
      item('changed-after', { rating: 2, previous: 4, agreed: 3 }),
      item('flagged-and-agreed', { discuss: true, rating: 1, previous: 3, agreed: 1 }),
    ]);
    expect(Object.fromEntries(found)).toEqual({
      'agreed-in-meeting': ['agreed'],
      'agreed-unchanged': ['agreed'],
      'changed-after': ['changed'],
      'flagged-and-agreed': ['discuss', 'agreed'],
    });
  });

  it('words an agreed rating with the home’s date the team agreed it', () => {
    const agreedItem = (agreedAt: string): AgendaItem => ({
      id: 'indicator:a',
      reasons: ['agreed', 'spread'],
      title: '1.1 Visible',
      note: '',
      indicator: {
        agreed: [
          { rating: 2, earlier: 4, reasoning: 'First', agreedAt: '2026-07-01T09:00:00Z', meetingOn: null },
          { rating: 3, earlier: 2, reasoning: 'Later', agreedAt, meetingOn: null },
        ],
      } as AgendaItem['indicator'],
    });
    expect(reasonWords(agreedItem('2026-11-12T10:00:00Z'))).toEqual([
      'Rating agreed by the team on 12 November 2026',
      'The team’s ratings spread widely',
    ]);
    // 23:30 UTC in summer is 00:30 the next day in the home.
    expect(reasonWords(agreedItem('2026-07-10T23:30:00Z'))[0]).toBe(
      'Rating agreed by the team on 11 July 2026',
    );
  });

  it('dates an agreement by its meeting once the meeting is recorded, not by the day it was typed', () => {
    const typedLater: AgendaItem = {
      id: 'indicator:a',
      reasons: ['agreed'],
      title: '1.1 Visible',
      note: '',
      indicator: {
        agreed: [
          {
            rating: 3,
            earlier: 4,
            reasoning: 'Typed up',
            agreedAt: '2026-07-14T16:00:00Z',
            meetingOn: '2026-07-10',
          },
        ],
      } as AgendaItem['indicator'],
    };
    expect(reasonWords(typedLater)).toEqual(['Rating agreed by the team on 10 July 2026']);
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

  it('puts a new blind spot before the manager’s saved order, never after it', () => {
    const items = ['blind', 'x', 'y', 'new'].map((id) => ({ id }));
    const leads = (i: { id: string }) => i.id === 'blind';
    expect(orderAgenda(items, ['y', 'x'], leads).map((i) => i.id)).toEqual(['blind', 'y', 'x', 'new']);
    // Once the manager has placed it, their order stands.
    expect(orderAgenda(items, ['y', 'blind', 'x'], leads).map((i) => i.id)).toEqual([
      'y',
      'blind',
      'x',
      'new',
    ]);
  });
});

describe('issue 24: every blind spot and hidden strength reaches the agenda', () => {
  // The meeting: four staff who agree with one another and not with the manager.
  const staff11 = spreadOf([3, 2, 3, 2]); // Good, RI, Good, RI; the manager said Outstanding
  const staff21 = spreadOf([2, 2, 1, 2]); // RI, RI, Inadequate, RI; the manager said Good
  const staff31 = spreadOf([3, 3, 4, 3]); // the manager said Requires improvement
  const staff41 = spreadOf([3, 3, 3, 4]); // the manager said Good too

  it('flags each by the home’s margin although no spread is wide', () => {
    for (const s of [staff11, staff21, staff31, staff41]) expect(s.label).toBe('agreed');
    expect(managerFlag(4, staff11.median, DEFAULT_FLAG_MARGIN)).toBe('blind-spot');
    expect(managerFlag(3, staff21.median, DEFAULT_FLAG_MARGIN)).toBe('blind-spot');
    expect(managerFlag(2, staff31.median, DEFAULT_FLAG_MARGIN)).toBe('hidden-strength');
    expect(managerFlag(3, staff41.median, DEFAULT_FLAG_MARGIN)).toBeNull();
  });

  it('puts each on the agenda with its reason, where no other reason would', () => {
    const candidate = (key: string, rating: 1 | 2 | 3 | 4, spread: ReturnType<typeof spreadOf>) =>
      item(key, { rating, previous: rating, spread, flag: managerFlag(rating, spread.median, 1) });
    const found = indicatorReasons([
      candidate('1.1', 4, staff11),
      candidate('2.1', 3, staff21),
      candidate('3.1', 2, staff31),
      candidate('4.1', 3, staff41),
    ]);
    expect(Object.fromEntries(found)).toEqual({
      '1.1': ['blind-spot'],
      '2.1': ['blind-spot'],
      '3.1': ['hidden-strength'],
    });
    const words = (reasons: AgendaItem['reasons']) => reasonWords({ id: 'x', reasons, title: 't', note: '' });
    expect(words(['blind-spot'])).toEqual(['The team rated this lower than you: a possible blind spot']);
    expect(words(['hidden-strength'])).toEqual([
      'The team rated this higher than you: a possible hidden strength',
    ]);
  });

  it('keeps the manager’s own rating after the team agrees another', () => {
    expect(ownRating(3, [{ earlier: 4 }, { earlier: 3 }])).toBe(4);
    expect(ownRating(3, [])).toBe(3);
  });
});

describe('overdue on a past meeting’s date', () => {
  const event = (status: ActionItem['status'], at: string) => ({ status, at, byName: '', note: '' });
  const action = (extra: Partial<ActionItem>) => ({
    dueOn: '2026-06-10',
    status: 'open' as const,
    completedOn: null,
    events: [event('open', '2026-06-01T09:00:00Z')],
    ...extra,
  });

  it('counts an action open when the day began and due before it, whatever its status now', () => {
    expect(overdueOn(action({}), '2026-06-15')).toBe(true);
    const doneLater = action({
      status: 'done',
      completedOn: '2026-06-20',
      events: [event('open', '2026-06-01T09:00:00Z'), event('done', '2026-06-20T09:00:00Z')],
    });
    expect(overdueOn(doneLater, '2026-06-15')).toBe(true);
    // Due on the day or later, or not yet added: not overdue then.
    expect(overdueOn(action({ dueOn: '2026-06-15' }), '2026-06-15')).toBe(false);
    expect(overdueOn(action({ events: [event('open', '2026-06-16T09:00:00Z')] }), '2026-06-15')).toBe(false);
    // Added on the meeting's day, already past its due date, and done later that day: overdue then.
    const addedThatDay = action({
      status: 'done',
      completedOn: '2026-06-15',
      events: [event('open', '2026-06-15T08:00:00Z'), event('done', '2026-06-15T17:00:00Z')],
    });
    expect(overdueOn(addedThatDay, '2026-06-15')).toBe(true);
  });

  it('leaves out one done or dropped before the day, even if the completion was recorded later', () => {
    const dropped = action({
      status: 'dropped',
      events: [event('open', '2026-06-01T09:00:00Z'), event('dropped', '2026-06-12T09:00:00Z')],
    });
    expect(overdueOn(dropped, '2026-06-15')).toBe(false);
    const recordedLate = action({
      status: 'done',
      completedOn: '2026-06-11',
      events: [event('open', '2026-06-01T09:00:00Z'), event('done', '2026-06-20T09:00:00Z')],
    });
    expect(overdueOn(recordedLate, '2026-06-15')).toBe(false);
  });

  it('reads the day in the home’s time: a change at 00:30 BST falls on the meeting’s day', () => {
    // 23:30 UTC on 14 June is 00:30 on 15 June in London: the action was still open when the day began.
    const droppedThatNight = action({
      status: 'dropped',
      events: [event('open', '2026-06-01T09:00:00Z'), event('dropped', '2026-06-14T23:30:00Z')],
    });
    expect(overdueOn(droppedThatNight, '2026-06-15')).toBe(true);
    const droppedBefore = action({
      status: 'dropped',
      events: [event('open', '2026-06-01T09:00:00Z'), event('dropped', '2026-06-14T22:30:00Z')],
    });
    expect(overdueOn(droppedBefore, '2026-06-15')).toBe(false);
  });
});

describe('the rating round offered first', () => {
  const all = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'];
  const ind = (
    domainKey: string,
    extra: { discuss?: boolean; rating?: 1 | 2 | 3 | 4 | null; before?: 1 | 2 | 3 | 4 | null },
  ) => ({
    domainKey,
    discuss: extra.discuss ?? false,
    rating: extra.rating ?? 3,
    previous:
      extra.before === undefined
        ? { rating: 3 as const }
        : extra.before === null
          ? null
          : { rating: extra.before },
  });

  it('takes the domains flagged to discuss or changed since the last completed review', () => {
    expect(
      suggestedRoundDomains(
        [
          ind('d1', {}),
          ind('d3', { discuss: true }),
          ind('d5', { rating: 2 }),
          ind('d6', { before: null }),
          ind('d8', { rating: null }),
        ],
        all,
      ),
    ).toEqual(['d3', 'd5']);
  });

  it('offers every domain when none was flagged or changed', () => {
    expect(suggestedRoundDomains([ind('d1', {}), ind('d2', {})], all)).toEqual(all);
  });
});
