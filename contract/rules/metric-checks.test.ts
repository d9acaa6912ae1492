import { describe, expect, it } from 'vitest';
import { checkFigures, daysInQuarter } from './metric-checks';

const Q = '2026-Q1'; // 90 days
const check = (
  values: Parameters<typeof checkFigures>[0],
  extra: Partial<Parameters<typeof checkFigures>[1]> = {},
) => checkFigures(values, { places: 4, quarter: Q, ...extra });

describe('figures that add up: errors', () => {
  it('accepts sensible figures with no errors or warnings', () => {
    expect(
      check({
        staffAtStart: 10,
        staffJoined: 1,
        staffLeft: 2,
        staffAtEnd: 9,
        shiftsTotal: 480,
        shiftsAgency: 20,
      }),
    ).toEqual({ errors: {}, warnings: {} });
  });

  it('refuses negative counts, fractions of people and counts above a million', () => {
    const { errors } = check({ missingEpisodes: -1, staffLeft: 1.5, complaints: 1_000_001 });
    expect(errors.missingEpisodes).toBe('Episodes of children missing from care must be 0 or more');
    expect(errors.staffLeft).toMatch(/must be a whole number$/);
    expect(errors.complaints).toBe('Complaints received must be 1,000,000 or fewer');
    expect(check({ fteFilled: 9.5, fteVacant: 0.5 }).errors).toEqual({});
  });

  it('refuses agency plus bank shifts above all shifts, in GOV.UK style', () => {
    const { errors } = check({ shiftsTotal: 480, shiftsAgency: 300, shiftsBank: 200 });
    expect(errors.shiftsBank).toBe('Agency plus bank shifts must be 480 or fewer, the shifts worked');
    expect(check({ shiftsTotal: 480, shiftsAgency: 280, shiftsBank: 200 }).errors).toEqual({});
    expect(check({ shiftsTotal: 480, shiftsAgency: 481 }).errors.shiftsAgency).toBe(
      'Agency shifts must be 480 or fewer, the shifts worked',
    );
  });

  it('refuses occupied bed-nights above places × days in the quarter', () => {
    expect(daysInQuarter('2026-Q1')).toBe(90);
    expect(daysInQuarter('2024-Q1')).toBe(91);
    expect(daysInQuarter('2026-Q3')).toBe(92);
    expect(check({ occupiedBedNights: 361 }).errors.occupiedBedNights).toBe(
      'Occupied bed-nights must be 360 or fewer (4 places × 90 days)',
    );
    expect(check({ occupiedBedNights: 360 }).errors).toEqual({});
  });

  it('refuses days without a registered manager beyond the days in the quarter', () => {
    expect(check({ daysWithoutManager: 91 }).errors.daysWithoutManager).toBe(
      'Days with no registered manager must be 90 or fewer, the days in the quarter',
    );
    expect(check({ daysWithoutManager: 92 }, { quarter: '2026-Q3' }).errors).toEqual({});
  });

  it('refuses more leavers than the staff who could have left', () => {
    expect(check({ staffAtStart: 8, staffLeft: 9 }).errors.staffLeft).toBe(
      'Leavers must be 8 or fewer, the staff at the start plus those who joined',
    );
    expect(check({ staffAtStart: 8, staffJoined: 2, staffLeft: 9, staffAtEnd: 1 }).errors).toEqual({});
  });

  it.each([
    [
      { supervisionsDue: 10, supervisionsHeld: 11 },
      'supervisionsHeld',
      'Supervision sessions held must be 10 or fewer',
    ],
    [
      { sessionsPossible: 10, sessionsAttended: 12 },
      'sessionsAttended',
      'Sessions attended must be 10 or fewer',
    ],
    [{ complaints: 1, complaintsUpheld: 2 }, 'complaintsUpheld', 'Complaints upheld must be 1 or fewer'],
    [
      { missingEpisodes: 1, childrenMissing: 2 },
      'childrenMissing',
      'Children who went missing must be 1 or fewer',
    ],
    [{ missingEpisodes: 2, returnInterviewsOffered: 3 }, 'returnInterviewsOffered', 'must be 2 or fewer'],
    [
      { restraintIncidents: 1, restraintChildren: 2 },
      'restraintChildren',
      'Children restrained must be 1 or fewer',
    ],
    [{ controlMeasures: 1, measuresChildSpokenInTime: 2 }, 'measuresChildSpokenInTime', 'must be 1 or fewer'],
    [
      { returnInterviewsOffered: 2, returnInterviewsHeld: 3 },
      'returnInterviewsHeld',
      'Interviews held must be 2 or fewer',
    ],
    [
      { returnInterviewsOffered: 3, returnInterviewsHeld: 2, returnInterviewsDeclined: 2 },
      'returnInterviewsDeclined',
      'Interviews held plus declined must be 3 or fewer',
    ],
    [
      { controlMeasures: 2, restraintIncidents: 3 },
      'restraintIncidents',
      'Restraint incidents must be 2 or fewer, the measures of control, discipline or restraint',
    ],
    [{ controlMeasures: 2, measuresRecordedInTime: 3 }, 'measuresRecordedInTime', 'must be 2 or fewer'],
    [{ controlMeasures: 2, measuresSignedInTime: 3 }, 'measuresSignedInTime', 'must be 2 or fewer'],
    [{ staffAtEnd: 5, level3Staff: 6 }, 'level3Staff', 'must be 5 or fewer'],
    [{ childrenAtEnd: 3, healthAssessmentsInDate: 4 }, 'healthAssessmentsInDate', 'must be 3 or fewer'],
    [{ familyTimePlanned: 3, familyTimeHeld: 4 }, 'familyTimeHeld', 'must be 3 or fewer'],
    [{ shiftsAgency: 2, shiftsBank: 2, familiarCoverShifts: 5 }, 'familiarCoverShifts', 'must be 4 or fewer'],
    [{ trainingRequired: 5, trainingInDate: 6 }, 'trainingInDate', 'must be 5 or fewer'],
    [{ staffYearAgo: 5, staffYearAgoStillHere: 6 }, 'staffYearAgoStillHere', 'must be 5 or fewer'],
  ])('refuses a part above its whole: %o', (values, field, message) => {
    expect(check(values).errors[field]).toContain(message);
  });
});

describe('figures that add up: warnings, which may be saved anyway', () => {
  it('warns when there are more children than places', () => {
    const { errors, warnings } = check({ childrenAtStart: 5, childrenAtEnd: 4 });
    expect(errors).toEqual({});
    expect(warnings).toEqual({
      childrenAtStart: "5 children is more than the home's 4 places. Check the figure, or save anyway",
    });
  });

  it('warns when start + joined − left is not the staff at the end', () => {
    expect(check({ staffAtStart: 10, staffJoined: 1, staffLeft: 1, staffAtEnd: 9 }).warnings.staffAtEnd).toBe(
      'Staff at the start plus joined minus left is 10, not 9. Check the figures, or save anyway',
    );
  });

  it('warns about more than 50 years in post', () => {
    expect(check({ managerMonthsInPost: 601 }).warnings.managerMonthsInPost).toMatch(/more than 50 years/);
    expect(check({ managerMonthsInPost: 600 }).warnings).toEqual({});
  });

  it('warns when a pending registration has no days without a registered manager', () => {
    expect(
      check({ daysWithoutManager: 0 }, { managerStatus: 'pending' }).warnings.daysWithoutManager,
    ).toMatch(/days without one/);
    expect(check({}, { managerStatus: 'none' }).warnings.daysWithoutManager).toBeDefined();
    expect(check({ daysWithoutManager: 30 }, { managerStatus: 'pending' }).warnings).toEqual({});
    expect(check({ daysWithoutManager: 0 }, { managerStatus: 'registered' }).warnings).toEqual({});
  });
});

describe('the figures an inspection asks for (framework v3)', () => {
  it.each([
    [
      { complaints: 3, complaintsFromChildren: 4 },
      'complaintsFromChildren',
      'Complaints made by children must be 3 or fewer, the complaints received',
    ],
    [
      { complaints: 3, complaintsResolvedInTime: 4 },
      'complaintsResolvedInTime',
      'Complaints resolved in time must be 3 or fewer, the complaints received',
    ],
    [
      { childrenAtEnd: 4, dentalChecksInDate: 5 },
      'dentalChecksInDate',
      'Dental checks in date must be 4 or fewer, the children at the end',
    ],
    [
      { childrenAtEnd: 4, opticianChecksInDate: 5 },
      'opticianChecksInDate',
      'Sight tests in date must be 4 or fewer, the children at the end',
    ],
    [
      { childrenAtStart: 3, admissions: 1, childrenAtRiskExploitation: 5 },
      'childrenAtRiskExploitation',
      'Children at risk of exploitation must be 4 or fewer, the children at the start plus those who moved in',
    ],
    [{ policeCallouts: -1 }, 'policeCallouts', 'Times the police were called to the home must be 0 or more'],
    [{ searches: -2 }, 'searches', 'Searches of a child, their room or their belongings must be 0 or more'],
    [{ selfHarmIncidents: -1 }, 'selfHarmIncidents', 'Incidents of self-harm must be 0 or more'],
    [
      { bullyingIncidents: 1.5 },
      'bullyingIncidents',
      'Incidents of bullying between children must be a whole number',
    ],
    [{ medicationErrors: -1 }, 'medicationErrors', 'Medication errors in the quarter must be 0 or more'],
  ])('%j: %s', (values, key, message) => {
    expect(check(values).errors[key]).toBe(message);
  });

  it.each([
    { complaints: 3, complaintsFromChildren: 3, complaintsResolvedInTime: 3 },
    { complaints: 0, complaintsFromChildren: 0, complaintsResolvedInTime: 0 },
    { childrenAtEnd: 4, dentalChecksInDate: 4, opticianChecksInDate: 0 },
    { childrenAtStart: 3, admissions: 1, childrenAtRiskExploitation: 4 },
    // Without the whole to compare with, a part is not refused.
    { complaintsResolvedInTime: 2, dentalChecksInDate: 9, childrenAtRiskExploitation: 2 },
    { policeCallouts: 0, searches: 2, selfHarmIncidents: 1, bullyingIncidents: 0, medicationErrors: 3 },
  ])('accepts %j', (values) => {
    expect(check(values).errors).toEqual({});
  });
});
