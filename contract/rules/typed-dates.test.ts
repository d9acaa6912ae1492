import { describe, expect, it } from 'vitest';
import { addDays, readTypedDate, typedFromIso } from './dates';

describe('typed dates', () => {
  it('reads day, month and year in the usual British forms', () => {
    expect(readTypedDate('14/09/2026', 'the date')).toEqual({ ok: true, iso: '2026-09-14' });
    expect(readTypedDate(' 4.9.26 ', 'the date')).toEqual({ ok: true, iso: '2026-09-04' });
  });

  it('refuses dates before 2000, impossible dates and missing required dates', () => {
    expect(readTypedDate('31/12/1999', 'the date')).toEqual({
      ok: false,
      message: 'Enter a date on or after 1 January 2000',
    });
    expect(readTypedDate('30/02/2026', 'the date')).toMatchObject({ ok: false });
    expect(readTypedDate('', 'the due date')).toEqual({
      ok: false,
      message: 'Enter the due date, for example 14/09/2026',
    });
    expect(readTypedDate('', 'the date', false)).toEqual({ ok: true, iso: null });
  });

  it('round-trips and adds days across a month end', () => {
    expect(typedFromIso('2026-09-04')).toBe('04/09/2026');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
  });
});
