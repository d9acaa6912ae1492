import { describe, expect, it } from 'vitest';
import { addMonths } from '@contract/rules/dates';
import { nextReg45Due } from './reg45Dates';

describe('Reg 45 due dates', () => {
  it('adds six months, keeping the day where it exists', () => {
    expect(addMonths('2026-03-14', 6)).toBe('2026-09-14');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('counts from the latest recorded review', () => {
    expect(nextReg45Due(['2026-06-01', '2025-12-01'])).toBe('2026-12-01');
    expect(nextReg45Due([])).toBeNull();
  });
});
