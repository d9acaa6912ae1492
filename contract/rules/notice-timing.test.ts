import { describe, expect, it } from 'vitest';
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
