import { describe, expect, it } from 'vitest';
import type { MetricFieldKey, MetricValues } from '../metric-fields';
import { METRICS } from './metrics';

const metric = (key: string) => METRICS.find((m) => m.key === key)!;

/** Each figure (turnover and restraint have their own worked examples in metrics.test.ts): inputs that give a known answer, worked out by hand. */
const WORKED: [key: string, values: MetricValues, expected: number][] = [
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
    expect(metric('stability').compute({ staffYearAgoStillHere: 0, staffYearAgo: 0 })).toBeNull();
    expect(metric('vacancy').compute({ fteVacant: 0, fteFilled: 0 })).toBeNull();
    expect(metric('bankShare').compute({ shiftsBank: 0, shiftsTotal: 0 })).toBeNull();
  });

  it('a zero count is a real answer, not a missing one', () => {
    expect(metric('missing').compute({ missingEpisodes: 0 })).toBe(0);
    expect(metric('supervision').compute({ supervisionsHeld: 0, supervisionsDue: 4 })).toBe(0);
  });

  it('every figure has a unique key', () => {
    expect(new Set(METRICS.map((m) => m.key)).size).toBe(METRICS.length);
  });
});
