import { describe, expect, it } from 'vitest';
import { homeDateTime, homeMoment, quarterOfMoment } from './home-moments';

describe('moments on the home’s clock', () => {
  it('reads a summer time as an hour ahead of UTC, and a winter time as UTC', () => {
    expect(homeMoment('2026-07-01', '00:30')).toBe('2026-06-30T23:30:00.000Z');
    expect(homeMoment('2026-12-01', '00:30')).toBe('2026-12-01T00:30:00.000Z');
  });

  it('refuses the hour the clocks skip, and takes the first of the hour that happens twice', () => {
    expect(homeMoment('2026-03-29', '01:30')).toBeNull();
    expect(homeMoment('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(homeMoment('2026-10-25', '01:30')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('shows a stored moment as the home’s date and time', () => {
    expect(homeDateTime('2026-06-30T23:30:00.000Z')).toEqual({ date: '2026-07-01', time: '00:30' });
    expect(homeDateTime('2026-12-31T23:59:00.000Z')).toEqual({ date: '2026-12-31', time: '23:59' });
  });

  it('counts the hour after midnight in summer time in the new quarter, not UTC’s old one', () => {
    expect(quarterOfMoment('2026-06-30T23:30:00.000Z')).toBe('2026-Q3');
    expect(quarterOfMoment('2026-06-30T22:59:00.000Z')).toBe('2026-Q2');
    expect(quarterOfMoment('2026-03-31T23:30:00.000Z')).toBe('2026-Q2');
    expect(quarterOfMoment('2026-12-31T23:30:00.000Z')).toBe('2026-Q4');
  });
});
