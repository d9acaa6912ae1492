import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../db/store';
import { useTempFolder } from '../../db/test-support/temp-folder';
import { addMonths, formatIsoDate, formatTimestamp, parseTypedDate, todayIso, todayTyped } from './dates';
import { quarterOf } from './quarters';

const MESSAGES = { empty: 'Enter the date', future: 'Must be today or earlier', example: '26/11/2026' };
const now = new Date('2026-11-26T15:00:00Z');
const tempFolder = useTempFolder();

afterEach(() => {
  vi.useRealTimers();
});

describe('typed dates', () => {
  it('reads day/month/year into an ISO date', () => {
    expect(parseTypedDate('05/10/2026', MESSAGES, now)).toEqual({ ok: true, iso: '2026-10-05' });
    expect(parseTypedDate(' 5/10/26 ', MESSAGES, now)).toEqual({ ok: true, iso: '2026-10-05' });
    expect(parseTypedDate('26-11-2026', MESSAGES, now)).toEqual({ ok: true, iso: '2026-11-26' });
  });

  it('explains what is wrong, in the words and example the form gives', () => {
    expect(parseTypedDate('', MESSAGES, now)).toEqual({ ok: false, message: 'Enter the date' });
    expect(parseTypedDate('2026-10-05', MESSAGES, now)).toEqual({
      ok: false,
      message: 'Enter the date as day, month and year, for example 26/11/2026',
    });
    expect(parseTypedDate('31/02/2026', MESSAGES, now)).toEqual({
      ok: false,
      message: 'Enter a real date, for example 26/11/2026',
    });
    expect(parseTypedDate('27/11/2026', MESSAGES, now)).toEqual({
      ok: false,
      message: 'Must be today or earlier',
    });
  });

  it('writes dates the British way', () => {
    expect(todayTyped(now)).toBe('26/11/2026');
    expect(formatIsoDate('2026-10-05')).toBe('5 October 2026');
    expect(formatTimestamp('2026-07-01T23:30:00Z')).toBe('2 July 2026 at 00:30');
  });

  it('adds months, keeping the day where it exists', () => {
    expect(addMonths('2026-03-14', 6)).toBe('2026-09-14');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

describe("the home's today, during British Summer Time", () => {
  // 00:30 on 2 July in the home is still 1 July in UTC.
  const justAfterMidnightBst = new Date('2026-07-01T23:30:00Z');

  it('is the date in Europe/London, not in UTC, and the quarter follows it', () => {
    expect(todayIso(justAfterMidnightBst)).toBe('2026-07-02');
    expect(todayIso(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(quarterOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-Q3');
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it("accepts today's date as a Reg 45 date on both sides between 00:00 and 01:00", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(justAfterMidnightBst);
    const typed = parseTypedDate(todayTyped(), MESSAGES);
    expect(typed).toEqual({ ok: true, iso: '2026-07-02' });

    const store = openStore({ file: path.join(tempFolder(), 'hallmarks.sqlite'), appVersion: 'test' });
    const home = store.handlers['homes.create']({
      name: 'Oak House',
      urn: null,
      registeredManager: null,
      places: 3,
    });
    expect(store.handlers['reg45.record']({ homeId: home.id, completedOn: '2026-07-02' })).toContain(
      '2026-07-02',
    );
    expect(() => store.handlers['reg45.record']({ homeId: home.id, completedOn: '2026-07-03' })).toThrow(
      'The date of a completed review cannot be in the future.',
    );
    store.close();
  });
});
