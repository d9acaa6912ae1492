import { describe, expect, it } from 'vitest';
import { timescaleCount, timescaleText } from './reg44-timescales';

const rec = (respondBy: string | null, respondedOn: string | null) => ({ respondBy, respondedOn });
const today = '2027-02-10';

describe('the Reg 44 timescale figure (issue 24 §4)', () => {
  it('counts only recommendations already due', () => {
    const count = timescaleCount(
      [
        rec('2027-01-31', '2027-01-20'), // answered in time
        rec('2027-01-31', '2027-02-05'), // answered late
        rec('2027-02-01', null), // past its timescale, unanswered
        rec('2027-03-12', null), // not yet due
        rec('2027-02-10', null), // due today: still time
        rec(null, null), // no timescale, unanswered: cannot be late
        rec(null, '2027-01-15'), // no timescale, answered: in time
      ],
      today,
    );
    expect(count).toEqual({ due: 4, answeredInTime: 2, notYetDue: 3 });
    expect(timescaleText(count)).toBe('2 of 4 (50%); 3 not yet due');
  });

  it('never shows 0% for recommendations nobody could have answered late yet', () => {
    const count = timescaleCount([rec('2027-03-12', null), rec('2027-03-12', null)], today);
    expect(timescaleText(count)).toBe('None due yet (2 not yet due)');
    expect(timescaleText(timescaleCount([], today))).toBe('No recommendations');
  });
});
