import { describe, expect, it } from 'vitest';
import { METRICS } from './metrics';

const metric = (key: string) => METRICS.find((m) => m.key === key)!;

describe('quarterly metrics', () => {
  it('shows leavers this quarter as a count, and turnover only over 12 months, labelled so', () => {
    expect(metric('leavers').compute({ staffLeft: 2 })).toBe(2);
    expect(metric('leavers').unit).toBe('count');
    const turnover = metric('turnover');
    expect(turnover.period).toBe('rolling-12-months');
    expect(turnover.label).toMatch(/rolling 12 months/);
    expect(turnover.compute({ staffLeft: 2, staffAtStart: 10, staffAtEnd: 10 })).toBeNull();
    const quarter = { staffLeft: 1, staffAtStart: 10, staffAtEnd: 10 };
    expect(turnover.compute(quarter, [quarter, quarter, quarter, quarter])).toBe(40);
  });

  it('gives restraint as incidents and children, with the rate second', () => {
    const keys = METRICS.filter((m) => m.key.startsWith('restraint')).map((m) => m.key);
    expect(keys).toEqual(['restraint', 'restraintChildren', 'restraintRate']);
    expect(METRICS.filter((m) => m.key.startsWith('restraint')).every((m) => m.domainKey === 'safety')).toBe(
      true,
    );
    const v = { restraintIncidents: 4, restraintChildren: 2, occupiedBedNights: 360 };
    expect(metric('restraint').compute(v)).toBe(4);
    expect(metric('restraintChildren').compute(v)).toBe(2);
    expect(metric('restraintRate').compute(v)).toBe(11.1);
  });

  it('gives Regulation 35’s three clocks apart, over every measure of control, discipline or restraint', () => {
    const v = {
      controlMeasures: 8,
      measuresRecordedInTime: 8,
      measuresSignedInTime: 6,
      measuresChildSpokenInTime: 4,
      restraintIncidents: 2,
    };
    expect(metric('controlMeasures').compute(v)).toBe(8);
    expect(metric('reg35Recorded').compute(v)).toBe(100);
    expect(metric('reg35Signed').compute(v)).toBe(75);
    expect(metric('reg35ChildSpoken').compute(v)).toBe(50);
    expect(metric('reg35Recorded').label).toBe('Measures recorded within 24 hours');
    expect(metric('reg35Signed').label).toBe('Staff member spoken to and record signed within 48 hours');
    expect(metric('reg35ChildSpoken').label).toBe('Child spoken to within 5 days');
    // No single "recorded and debriefed" figure any more.
    expect(METRICS.some((m) => m.key === 'restraintDebriefed')).toBe(false);
  });

  it('counts return-home interviews offered, held and declined apart', () => {
    const v = {
      missingEpisodes: 4,
      returnInterviewsOffered: 4,
      returnInterviewsHeld: 2,
      returnInterviewsDeclined: 1,
    };
    expect(metric('returnInterviewsOffered').compute(v)).toBe(100);
    expect(metric('returnInterviews').compute(v)).toBe(50);
    expect(metric('returnInterviews').label).toBe('Return-home interviews held within 72 hours');
    expect(metric('returnInterviewsDeclined').compute(v)).toBe(1);
  });

  it('computes the new figures from their counts', () => {
    expect(metric('missingPerChild').compute({ missingEpisodes: 5, childrenMissing: 2 })).toBe(2.5);
    expect(metric('returnInterviews').compute({ missingEpisodes: 4, returnInterviewsHeld: 3 })).toBe(75);
    expect(metric('complaintsUpheld').compute({ complaintsUpheld: 1 })).toBe(1);
    expect(metric('reg40').compute({ reg40Notifications: 2 })).toBe(2);
    expect(metric('admissions').compute({ admissions: 1 })).toBe(1);
    expect(metric('endingsPlanned').compute({ endingsPlanned: 1 })).toBe(1);
    expect(metric('endingsUnplanned').compute({ endingsUnplanned: 0 })).toBe(0);
    expect(metric('level3').compute({ level3Staff: 9, staffAtEnd: 10 })).toBe(90);
    expect(metric('healthAssessments').compute({ healthAssessmentsInDate: 3, childrenAtEnd: 4 })).toBe(75);
    expect(metric('familyTime').compute({ familyTimeHeld: 23, familyTimePlanned: 24 })).toBe(95.8);
    expect(
      metric('familiarCover').compute({ familiarCoverShifts: 30, shiftsAgency: 20, shiftsBank: 20 }),
    ).toBe(75);
    expect(metric('daysWithoutRegisteredManager').compute({ daysWithoutManager: 41 })).toBe(41);
  });

  it('computes each rate from its counts, to one decimal place', () => {
    expect(metric('stability').compute({ staffYearAgo: 12, staffYearAgoStillHere: 9 })).toBe(75);
    expect(metric('vacancy').compute({ fteFilled: 9.5, fteVacant: 1.5 })).toBe(13.6);
    expect(metric('agencyShare').compute({ shiftsTotal: 300, shiftsAgency: 45 })).toBe(15);
    expect(metric('restraintRate').compute({ restraintIncidents: 3, occupiedBedNights: 360 })).toBe(8.3);
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
