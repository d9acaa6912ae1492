import { describe, expect, it } from 'vitest';
import { METRICS, validateMetrics } from './metrics';

const metric = (key: string) => METRICS.find((m) => m.key === key)!;

describe('quarterly metrics', () => {
  it('computes turnover from leavers and the average headcount', () => {
    expect(metric('turnover').compute({ staffLeft: 2, staffAtStart: 10, staffAtEnd: 10 })).toBe(20);
    expect(metric('turnover').compute({ staffLeft: 1, staffAtStart: 9, staffAtEnd: 11 })).toBe(10);
  });

  it('computes each rate from its counts, to one decimal place', () => {
    expect(metric('stability').compute({ staffYearAgo: 12, staffYearAgoStillHere: 9 })).toBe(75);
    expect(metric('vacancy').compute({ fteFilled: 9.5, fteVacant: 1.5 })).toBe(13.6);
    expect(metric('agencyShare').compute({ shiftsTotal: 300, shiftsAgency: 45 })).toBe(15);
    expect(metric('restraint').compute({ restraintIncidents: 3, occupiedBedNights: 360 })).toBe(8.3);
    expect(metric('attendance').compute({ sessionsPossible: 480, sessionsAttended: 451 })).toBe(94);
    expect(
      metric('keyworkerChanges').compute({ keyworkerChanges: 2, childrenAtStart: 4, childrenAtEnd: 4 }),
    ).toBe(0.5);
  });

  it('shows nothing when an input is missing or the whole is zero', () => {
    expect(metric('turnover').compute({ staffLeft: 2 })).toBeNull();
    expect(metric('agencyShare').compute({ shiftsTotal: 0, shiftsAgency: 0 })).toBeNull();
  });

  it('every metric informs a framework domain and shows its formula', () => {
    const domains = [
      'leadership',
      'staffing',
      'voice',
      'aspirations',
      'education',
      'workforce',
      'relationships',
      'safety',
    ];
    for (const m of METRICS) {
      expect(domains).toContain(m.domainKey);
      expect(m.formula.length).toBeGreaterThan(10);
    }
  });
});

describe('validateMetrics', () => {
  it('accepts sensible figures', () => {
    expect(
      validateMetrics({
        staffAtStart: 10,
        staffAtEnd: 9,
        staffLeft: 2,
        staffJoined: 1,
        shiftsTotal: 300,
        shiftsAgency: 20,
      }),
    ).toEqual({});
  });

  it('refuses negative counts and fractions of people', () => {
    const errors = validateMetrics({ missingEpisodes: -1, staffLeft: 1.5 });
    expect(errors.missingEpisodes).toMatch(/^Enter 0 or more in “Missing episodes”/);
    expect(errors.staffLeft).toMatch(/whole number/);
  });

  it('allows fractions for full-time equivalents', () => {
    expect(validateMetrics({ fteFilled: 9.5, fteVacant: 0.5 })).toEqual({});
  });

  it('refuses more leavers than the headcount allows', () => {
    expect(validateMetrics({ staffAtStart: 8, staffLeft: 9 }).staffLeft).toMatch(
      /Enter no more leavers than.*limit 8/,
    );
    expect(validateMetrics({ staffAtStart: 8, staffJoined: 2, staffLeft: 9 })).toEqual({});
  });

  it('refuses parts larger than their whole, which would make a rate over 100%', () => {
    expect(validateMetrics({ supervisionsDue: 10, supervisionsHeld: 11 }).supervisionsHeld).toMatch(/100%/);
    expect(validateMetrics({ shiftsTotal: 100, shiftsAgency: 101 }).shiftsAgency).toMatch(
      /Enter no more agency shifts than all shifts/,
    );
    expect(validateMetrics({ sessionsPossible: 10, sessionsAttended: 12 }).sessionsAttended).toBeDefined();
    expect(validateMetrics({ complaints: 1, complaintsUpheld: 2 }).complaintsUpheld).toBeDefined();
    expect(validateMetrics({ missingEpisodes: 1, childrenMissing: 2 }).childrenMissing).toBeDefined();
    expect(validateMetrics({ daysWithoutManager: 93 }).daysWithoutManager).toMatch(/92 days/);
  });
});
