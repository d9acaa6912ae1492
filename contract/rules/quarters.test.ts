import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  dateRangeProblem,
  latestDate,
  parseQuarter,
  periodWords,
  quarterDates,
  quarterLabel,
  quarterOf,
  quartersBetween,
} from './quarters';

describe('quarters', () => {
  it('reads "2026-Q3" as a year and a quarter, the same each time', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, q: 3 });
    expect(parseQuarter('2026-Q3')).toBe(parseQuarter('2026-Q3'));
  });

  it('refuses anything that is not a quarter, saying what it got', () => {
    for (const bad of ['2026-Q0', '2026-Q5', '26-Q1', '2026Q1', '2026-q1', ' 2026-Q1', '2026-Q1 ', '']) {
      expect(() => parseQuarter(bad)).toThrow(`Not a quarter: ${bad}`);
    }
  });

  it('puts each month in its quarter, by the local calendar', () => {
    const months = Array.from({ length: 12 }, (_, m) => quarterOf(new Date(2026, m, 15)));
    expect(months).toEqual([
      ...Array(3).fill('2026-Q1'),
      ...Array(3).fill('2026-Q2'),
      ...Array(3).fill('2026-Q3'),
      ...Array(3).fill('2026-Q4'),
    ]);
    expect(quarterOf(new Date(2026, 0, 1, 0, 0))).toBe('2026-Q1');
    expect(quarterOf(new Date(2025, 11, 31, 23, 59))).toBe('2025-Q4');
  });

  it('adds and takes away quarters across year ends', () => {
    expect(addQuarters('2026-Q4', 1)).toBe('2027-Q1');
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4');
    expect(addQuarters('2026-Q2', 0)).toBe('2026-Q2');
    expect(addQuarters('2026-Q3', 6)).toBe('2028-Q1');
    expect(addQuarters('2026-Q1', -9)).toBe('2023-Q4');
  });

  it('counts the quarters between two, negative when the second is earlier', () => {
    expect(quartersBetween('2025-Q4', '2026-Q1')).toBe(1);
    expect(quartersBetween('2026-Q1', '2025-Q4')).toBe(-1);
    expect(quartersBetween('2024-Q2', '2026-Q3')).toBe(9);
    expect(quartersBetween('2026-Q2', '2026-Q2')).toBe(0);
  });

  it('names each quarter by its months', () => {
    expect(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map(quarterLabel)).toEqual([
      'Jan to Mar 2026',
      'Apr to Jun 2026',
      'Jul to Sep 2026',
      'Oct to Dec 2026',
    ]);
  });

  it("gives each quarter's first and last day", () => {
    expect(quarterDates('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterDates('2026-Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterDates('2026-Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterDates('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });
});

describe('the range of dates the app accepts', () => {
  it("counts a year from the home's today, not from the UTC date", () => {
    // 00:30 on 1 March 2027 in the home (GMT) and 00:30 on 1 July 2026 (BST, still 30 June in UTC).
    expect(latestDate(new Date('2027-03-01T00:30:00Z'))).toBe('2028-03-01');
    expect(latestDate(new Date('2026-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(dateRangeProblem('2027-07-01', new Date('2026-06-30T23:30:00Z'))).toBeNull();
    expect(dateRangeProblem('2027-07-02', new Date('2026-06-30T23:30:00Z'))).toBe(
      'Enter a date no more than a year from today',
    );
    expect(dateRangeProblem('1999-12-31')).toBe('Enter a date after 1 January 2000');
  });
});

describe('periods as people say them', () => {
  it('names the first and last months, with the year once when both are in it', () => {
    expect(periodWords('2024-Q4', '2026-Q3')).toBe('October 2024 to September 2026');
    expect(periodWords('2026-Q2', '2026-Q3')).toBe('April to September 2026');
    expect(periodWords('2026-Q3', '2026-Q3')).toBe('July to September 2026');
    expect(periodWords('2025-Q4', '2026-Q1')).toBe('October 2025 to March 2026');
  });
});
