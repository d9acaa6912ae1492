import { describe, expect, it } from 'vitest';
import type { MetricFieldKey, MetricValues } from './metric-fields';
import { METRICS, validateMetrics } from './metrics';

const metric = (key: string) => METRICS.find((m) => m.key === key)!;

/** Each figure: inputs that give a known answer, worked out by hand. */
const WORKED: [key: string, values: MetricValues, expected: number][] = [
  ['turnover', { staffLeft: 3, staffAtStart: 12, staffAtEnd: 8 }, 30],
  ['stability', { staffYearAgoStillHere: 2, staffYearAgo: 3 }, 66.7],
  ['vacancy', { fteVacant: 1, fteFilled: 3 }, 25],
  ['agencyShare', { shiftsAgency: 1, shiftsTotal: 3 }, 33.3],
  ['bankShare', { shiftsBank: 30, shiftsTotal: 120 }, 25],
  ['keyworkerChanges', { keyworkerChanges: 3, childrenAtStart: 2, childrenAtEnd: 4 }, 1],
  ['managerTenure', { managerMonthsInPost: 17 }, 17],
  ['supervision', { supervisionsHeld: 7, supervisionsDue: 8 }, 87.5],
  ['training', { trainingInDate: 45, trainingRequired: 60 }, 75],
  ['attendance', { sessionsAttended: 190, sessionsPossible: 200 }, 95],
  ['missing', { missingEpisodes: 4 }, 4],
  ['restraint', { restraintIncidents: 2, occupiedBedNights: 1000 }, 2],
  ['complaints', { complaints: 3 }, 3],
  ['childrensMeetings', { childrensMeetings: 6 }, 6],
];

describe('each quarterly figure', () => {
  it.each(WORKED)('%s gives the worked answer', (key, values, expected) => {
    expect(metric(key).compute(values)).toBe(expected);
  });

  it.each(WORKED)('%s shows nothing when any of its inputs is missing', (key, values) => {
    for (const input of Object.keys(values)) {
      expect(metric(key).compute({ ...values, [input]: null })).toBeNull();
      const without = { ...values };
      delete without[input as MetricFieldKey];
      expect(metric(key).compute(without)).toBeNull();
    }
  });

  it('shows nothing rather than dividing by zero', () => {
    expect(metric('turnover').compute({ staffLeft: 0, staffAtStart: 0, staffAtEnd: 0 })).toBeNull();
    expect(metric('stability').compute({ staffYearAgoStillHere: 0, staffYearAgo: 0 })).toBeNull();
    expect(metric('vacancy').compute({ fteVacant: 0, fteFilled: 0 })).toBeNull();
    expect(metric('bankShare').compute({ shiftsBank: 0, shiftsTotal: 0 })).toBeNull();
    expect(metric('restraint').compute({ restraintIncidents: 0, occupiedBedNights: 0 })).toBeNull();
  });

  it('a zero count is a real answer, not a missing one', () => {
    expect(metric('missing').compute({ missingEpisodes: 0 })).toBe(0);
    expect(metric('supervision').compute({ supervisionsHeld: 0, supervisionsDue: 4 })).toBe(0);
  });

  it('every figure has a unique key', () => {
    expect(new Set(METRICS.map((m) => m.key)).size).toBe(METRICS.length);
  });
});

describe('validateMetrics at its limits', () => {
  it('accepts a part equal to its whole (a rate of exactly 100%)', () => {
    expect(
      validateMetrics({
        supervisionsDue: 5,
        supervisionsHeld: 5,
        shiftsTotal: 10,
        shiftsAgency: 10,
        shiftsBank: 10,
        trainingRequired: 3,
        trainingInDate: 3,
        sessionsPossible: 9,
        sessionsAttended: 9,
        complaints: 2,
        complaintsUpheld: 2,
        staffYearAgo: 4,
        staffYearAgoStillHere: 4,
        staffAtStart: 6,
        staffLeft: 6,
        missingEpisodes: 3,
        childrenMissing: 3,
        daysWithoutManager: 92,
      }),
    ).toEqual({});
  });

  it('refuses one more than each whole, naming the figure and the limit', () => {
    const errors = validateMetrics({
      staffYearAgo: 4,
      staffYearAgoStillHere: 5,
      shiftsTotal: 10,
      shiftsBank: 11,
      trainingRequired: 3,
      trainingInDate: 4,
      daysWithoutManager: 93,
    });
    expect(errors).toEqual({
      staffYearAgoStillHere:
        'Enter no more than the staff in post 12 months ago. (Of those, how many are still in post: 5; limit 4.)',
      shiftsBank:
        'Enter no more bank shifts than all shifts worked. (Of those, shifts worked by bank or relief staff: 11; limit 10.)',
      trainingInDate:
        'Enter no more items in date than the items required. (Of those, items in date: 4; limit 3.)',
      daysWithoutManager: 'Enter 92 days or fewer: a quarter has at most 92 days.',
    });
  });

  it('counts joiners towards the leavers limit only when given, and skips the check without a headcount', () => {
    expect(validateMetrics({ staffAtStart: 5, staffJoined: 1, staffLeft: 6 })).toEqual({});
    expect(validateMetrics({ staffAtStart: 5, staffJoined: 1, staffLeft: 7 }).staffLeft).toMatch(/limit 6\./);
    expect(validateMetrics({ staffJoined: 1, staffLeft: 7 })).toEqual({});
    expect(validateMetrics({ shiftsAgency: 7 })).toEqual({});
  });

  it('checks children missing against episodes only when both are given', () => {
    expect(validateMetrics({ childrenMissing: 3 })).toEqual({});
    expect(validateMetrics({ missingEpisodes: 2, childrenMissing: 3 })).toEqual({
      childrenMissing: 'Enter no more children who went missing than the missing episodes.',
    });
  });

  it('refuses figures that are not finite numbers, with the field label', () => {
    expect(validateMetrics({ complaints: Number.NaN, restraintIncidents: Number.POSITIVE_INFINITY })).toEqual(
      {
        complaints: 'Enter 0 or more in “Complaints received”.',
        restraintIncidents: 'Enter 0 or more in “Incidents of physical restraint”.',
      },
    );
  });

  it('reports a bad number once, not again as over its limit', () => {
    expect(validateMetrics({ shiftsTotal: 10, shiftsAgency: 11.5 })).toEqual({
      shiftsAgency: 'Enter a whole number in “Of those, shifts worked by agency staff”.',
    });
    expect(validateMetrics({ daysWithoutManager: 100.5 })).toEqual({
      daysWithoutManager: 'Enter a whole number in “Days in the quarter with no registered manager”.',
    });
  });

  it('accepts zero and leaves empty fields alone', () => {
    expect(validateMetrics({ complaints: 0, complaintsUpheld: 0, fteVacant: 0, staffLeft: null })).toEqual(
      {},
    );
  });
});
