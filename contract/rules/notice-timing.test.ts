import { describe, expect, it } from 'vitest';
import type { NoticeTiming } from '../notifications';
import {
  countedFrom,
  durationWords,
  entryTiming,
  loggedReg40,
  logQuarters,
  recipientTiming,
  reg40ByQuarter,
  WITHOUT_DELAY_NOTE,
} from './notice-timing';

const EVENT = '2026-07-10T20:00:00.000Z';
const after = (hours: number) => new Date(Date.parse(EVENT) + hours * 3_600_000).toISOString();

describe('how long a notice took', () => {
  it('says it in words', () => {
    expect(durationWords(45 * 60_000)).toBe('45 minutes');
    expect(durationWords(60 * 60_000)).toBe('1 hour');
    expect(durationWords(190 * 60_000)).toBe('3 hours 10 minutes');
    expect(durationWords(52 * 3_600_000)).toBe('2 days 4 hours');
    expect(durationWords(24 * 3_600_000)).toBe('1 day');
  });
});

describe('Regulation 40: without delay, by Hallmarks’ own 24-hour convention', () => {
  it('says the convention is Hallmarks’ own, not the regulation’s', () => {
    expect(WITHOUT_DELAY_NOTE).toMatch(/sets no number of hours/);
    expect(WITHOUT_DELAY_NOTE).toMatch(/Hallmarks’ own/);
  });

  it('counts up to 24 hours as without delay, and a minute more as later', () => {
    expect(recipientTiming('reg40', 'police', EVENT, after(3))).toEqual({
      state: 'in-time',
      text: 'Told 3 hours after the event: without delay.',
    });
    expect(recipientTiming('reg40', 'police', EVENT, after(24)).state).toBe('in-time');
    const late = recipientTiming('reg40', 'police', EVENT, after(24 + 1 / 60));
    expect(late.state).toBe('late');
    expect(late.text).toBe(
      'Told 1 day after the event: later than the 24 hours Hallmarks counts as without delay.',
    );
  });

  it('waits for Ofsted for 24 hours, then says it is overdue', () => {
    const entry = { kind: 'reg40' as const, eventAt: EVENT, recipients: [] };
    expect(entryTiming(entry, new Date(after(5)))).toEqual({
      state: 'waiting',
      text: 'Ofsted not recorded as told yet: 5 hours since the event.',
    });
    expect(entryTiming(entry, new Date(after(30))).state).toBe('overdue');
  });

  it('is without delay only when everyone recorded was told within 24 hours, Ofsted among them', () => {
    const told = (recipient: 'ofsted' | 'police', hours: number) => ({
      recipient,
      timing: recipientTiming('reg40', 'police', EVENT, after(hours)),
    });
    const now = new Date(after(72));
    expect(entryTiming({ kind: 'reg40', eventAt: EVENT, recipients: [told('ofsted', 2)] }, now).state).toBe(
      'in-time',
    );
    expect(
      entryTiming({ kind: 'reg40', eventAt: EVENT, recipients: [told('ofsted', 2), told('police', 40)] }, now)
        .state,
    ).toBe('late');
    expect(entryTiming({ kind: 'reg40', eventAt: EVENT, recipients: [told('police', 1)] }, now).state).toBe(
      'overdue',
    );
  });
});

describe('Regulations 48 and 49: their own timescales', () => {
  it('a planned absence: a month’s notice is in time; less is recorded with the rule, not called late', () => {
    const start = '2026-09-01T08:00:00.000Z';
    expect(recipientTiming('reg48', 'absence-planned', start, '2026-07-30T10:00:00.000Z').state).toBe(
      'in-time',
    );
    const short = recipientTiming('reg48', 'absence-planned', start, '2026-08-20T10:00:00.000Z');
    expect(short.state).toBe('recorded');
    expect(short.text).toMatch(/a shorter time Ofsted agrees/);
  });

  it('an unforeseen absence within a week; a return within 7 days after it', () => {
    const start = '2026-09-01T08:00:00.000Z';
    expect(recipientTiming('reg48', 'absence-unforeseen', start, '2026-09-07T08:00:00.000Z').state).toBe(
      'in-time',
    );
    expect(recipientTiming('reg48', 'absence-unforeseen', start, '2026-09-09T08:00:00.000Z').state).toBe(
      'late',
    );
    expect(recipientTiming('reg48', 'return', start, '2026-09-10T08:00:00.000Z').state).toBe('late');
  });

  it('a change under Regulation 49 is recorded with its rule, never timed against 24 hours', () => {
    const t = recipientTiming('reg49', 'manager-starts', EVENT, after(100));
    expect(t.state).toBe('recorded');
    expect(t.text).toMatch(/as soon as reasonably practicable/);
  });
});

describe('the quarterly Regulation 40 figure from the log', () => {
  const entries = [
    { kind: 'reg40' as const, eventAt: '2026-06-30T23:30:00.000Z' }, // 00:30 on 1 July, BST
    { kind: 'reg40' as const, eventAt: '2026-06-30T22:30:00.000Z' }, // 23:30 on 30 June, BST
    { kind: 'reg48' as const, eventAt: '2026-05-01T09:00:00.000Z' },
    { kind: 'reg40' as const, eventAt: '2026-08-01T09:00:00.000Z' },
  ];

  it('counts Regulation 40 events only, by the quarter of the home’s date of the event', () => {
    expect([...reg40ByQuarter(entries)]).toEqual([
      ['2026-Q3', 2],
      ['2026-Q2', 1],
    ]);
  });

  it('counts from the quarter of the earliest entry of any kind; earlier quarters keep the typed figure', () => {
    const from = countedFrom(entries);
    expect(from).toBe('2026-Q2');
    const counts = reg40ByQuarter(entries);
    expect(loggedReg40('2026-Q1', from, counts)).toBeNull();
    expect(loggedReg40('2026-Q2', from, counts)).toBe(1);
    expect(loggedReg40('2026-Q4', from, counts)).toBe(0);
    expect(loggedReg40('2026-Q4', null, counts)).toBeNull();
  });

  it('lists each quarter from the first to now, newest first, with quarters of none as 0', () => {
    const rows = logQuarters('2026-Q2', reg40ByQuarter(entries), new Date('2026-10-01T00:30:00+01:00'));
    expect(rows).toEqual([
      { quarter: '2026-Q4', reg40: 0 },
      { quarter: '2026-Q3', reg40: 2 },
      { quarter: '2026-Q2', reg40: 1 },
    ]);
    expect(logQuarters(null, new Map(), new Date())).toEqual([]);
  });
});

describe('Regulation 40: a notice timed against its event', () => {
  it('a notice recorded before the event’s time is shown as it is, never praised as without delay', () => {
    expect(recipientTiming('reg40', 'police', EVENT, after(-2))).toEqual({
      state: 'recorded',
      text: 'Told 2 hours before the event.',
    });
  });

  it('a notice in the same minute as the event is without delay', () => {
    expect(recipientTiming('reg40', 'police', EVENT, EVENT)).toEqual({
      state: 'in-time',
      text: 'Told 0 minutes after the event: without delay.',
    });
  });
});

describe('how a whole entry stands', () => {
  const told = (recipient: 'ofsted' | 'police' | 'placing-authority', timing: NoticeTiming) => ({
    recipient,
    timing,
  });

  it('waits for Ofsted up to 24 hours to the minute, and then says how long it has been', () => {
    const entry = { kind: 'reg40' as const, eventAt: EVENT, recipients: [] };
    expect(entryTiming(entry, new Date(after(24)))).toEqual({
      state: 'waiting',
      text: 'Ofsted not recorded as told yet: 1 day since the event.',
    });
    expect(entryTiming(entry, new Date(after(30)))).toEqual({
      state: 'overdue',
      text: 'Ofsted not recorded as told: 1 day 6 hours since the event.',
    });
  });

  it('never calls a Regulation 48 notice to Ofsted overdue by the 24-hour convention', () => {
    const entry = { kind: 'reg48' as const, eventAt: EVENT, recipients: [] };
    expect(entryTiming(entry, new Date(after(100)))).toEqual({
      state: 'waiting',
      text: 'Ofsted not recorded as told yet: 4 days 4 hours since the event.',
    });
  });

  it('waits without a count for an absence planned ahead that has not begun', () => {
    const entry = { kind: 'reg48' as const, eventAt: EVENT, recipients: [] };
    expect(entryTiming(entry, new Date(after(-48)))).toEqual({
      state: 'waiting',
      text: 'Ofsted not recorded as told yet.',
    });
    expect(entryTiming(entry, new Date(EVENT)).text).toBe(
      'Ofsted not recorded as told yet: 0 minutes since the event.',
    );
  });

  it('words a Regulation 40 entry as without delay, or not, for everyone recorded', () => {
    const inTime = recipientTiming('reg40', 'police', EVENT, after(2));
    const late = recipientTiming('reg40', 'police', EVENT, after(40));
    expect(
      entryTiming(
        { kind: 'reg40', eventAt: EVENT, recipients: [told('ofsted', inTime)] },
        new Date(after(72)),
      ),
    ).toEqual({
      state: 'in-time',
      text: 'Without delay: everyone recorded was told within 24 hours.',
    });
    expect(
      entryTiming(
        { kind: 'reg40', eventAt: EVENT, recipients: [told('ofsted', inTime), told('police', late)] },
        new Date(after(72)),
      ),
    ).toEqual({
      state: 'late',
      text: 'Not every notice was within the 24 hours Hallmarks counts as without delay.',
    });
  });

  it('shows a Regulation 48 entry with how Ofsted’s own notice stood, and the worst state of anyone’s', () => {
    const start = '2026-09-01T08:00:00.000Z';
    const ofsted = recipientTiming('reg48', 'absence-unforeseen', start, '2026-09-03T08:00:00.000Z');
    const authority = recipientTiming('reg48', 'absence-unforeseen', start, '2026-09-12T08:00:00.000Z');
    expect(
      entryTiming(
        {
          kind: 'reg48',
          eventAt: start,
          recipients: [told('ofsted', ofsted), told('placing-authority', authority)],
        },
        new Date('2026-09-20T08:00:00.000Z'),
      ),
    ).toEqual({ state: 'late', text: 'Told 2 days after the absence began: in time.' });
  });
});

describe('Regulation 48: a month’s notice of a planned absence, on the home’s calendar and clock', () => {
  const planned = (start: string, told: string) => recipientTiming('reg48', 'absence-planned', start, told);

  it('counts a month to the minute of the home’s clock, in the hour after midnight in summer time', () => {
    // The absence begins at 00:30 on 1 September (BST), so a month before is 00:30 on 1 August.
    const start = '2026-08-31T23:30:00.000Z';
    expect(planned(start, '2026-07-31T23:30:00.000Z')).toEqual({
      state: 'in-time',
      text: 'Told 31 days before the absence began: at least a month’s notice.',
    });
    expect(planned(start, '2026-07-31T23:31:00.000Z')).toEqual({
      state: 'recorded',
      text: 'Told 30 days 23 hours before the absence began. Regulation 48 asks for a month’s notice, or a shorter time Ofsted agrees.',
    });
  });

  it('counts a month across the clocks going back by the home’s time of day', () => {
    // 09:00 on 2 November (GMT): a month before is 09:00 on 2 October (BST), 08:00 UTC.
    const start = '2026-11-02T09:00:00.000Z';
    expect(planned(start, '2026-10-02T08:00:00.000Z').state).toBe('in-time');
    expect(planned(start, '2026-10-02T08:30:00.000Z').state).toBe('recorded');
  });

  it('counts a calendar month, so a month before 1 March is 1 February, 28 days', () => {
    const start = '2027-03-01T09:00:00.000Z';
    expect(planned(start, '2027-02-01T09:00:00.000Z').state).toBe('in-time');
  });

  it('counts 31 days back when a month before falls in the hour the clocks skip in spring', () => {
    // 01:30 on 29 April (BST); 01:30 on 29 March 2026 never happened: the clocks went from 01:00 to 02:00.
    const start = '2026-04-29T00:30:00.000Z';
    expect(planned(start, '2026-03-29T00:30:00.000Z').state).toBe('in-time');
    expect(planned(start, '2026-04-10T09:00:00.000Z').state).toBe('recorded');
  });
});

describe('Regulation 48: an unforeseen absence and a return, each within 7 days', () => {
  const start = '2026-09-01T08:00:00.000Z';

  it.each([
    {
      eventType: 'absence-unforeseen' as const,
      inTime: ['2026-09-08T08:00:00.000Z', 'Told 7 days after the absence began: in time.'],
      late: [
        '2026-09-09T08:00:00.000Z',
        'Told 8 days after the absence began: Regulation 48 asks for notice within a week of the absence beginning.',
      ],
    },
    {
      eventType: 'return' as const,
      inTime: ['2026-09-08T08:00:00.000Z', 'Told 7 days after the return to duty: in time.'],
      late: [
        '2026-09-10T08:00:00.000Z',
        'Told 9 days after the return to duty: Regulation 48 asks for no later than 7 days after the return.',
      ],
    },
  ])(
    '$eventType: in time up to 7 days to the minute; later says which rule was missed',
    ({ eventType, inTime, late }) => {
      expect(recipientTiming('reg48', eventType, start, inTime[0]!)).toEqual({
        state: 'in-time',
        text: inTime[1],
      });
      expect(recipientTiming('reg48', eventType, start, late[0]!)).toEqual({ state: 'late', text: late[1] });
    },
  );
});

describe('Regulation 49 and the log’s first quarter', () => {
  it('words a Regulation 49 notice with how long after the change it was made', () => {
    expect(recipientTiming('reg49', 'manager-starts', EVENT, after(100)).text).toBe(
      'Told 4 days 4 hours after the change. Regulation 49 asks for notice as soon as reasonably practicable.',
    );
  });

  it('counts nothing from an empty log', () => {
    expect(countedFrom([])).toBeNull();
  });
});
