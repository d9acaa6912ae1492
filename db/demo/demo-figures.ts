import { daysInQuarter } from '../../contract/rules/metric-checks';
import type { ManagerStatus, MetricFieldKey, MetricValues } from '../../contract/metric-fields';

/**
 * The sample home's quarterly figures, oldest quarter first, matching the story: two leavers and heavy
 * agency cover when the manager changes (quarter 4), recovering by quarter 6; attendance rising.
 */
const SERIES: Partial<Record<MetricFieldKey, (number | null)[]>> = {
  staffAtStart: [11, 11, 11, 11, 9, 10, 11, 11],
  staffAtEnd: [11, 11, 11, 9, 10, 11, 11, 11],
  staffJoined: [0, 1, 0, 0, 1, 1, 0, 0],
  staffLeft: [0, 1, 0, 2, 0, 0, 0, 0],
  staffYearAgo: [10, 11, 11, 11, 11, 11, 11, 9],
  // Those in post a year ago, less the year's leavers (each leaver was in post a year before leaving).
  staffYearAgoStillHere: [9, 10, 10, 8, 8, 9, 9, 9],
  fteFilled: [10.5, 10.5, 10.5, 8.5, 9.5, 10.5, 10.5, 10.5],
  fteVacant: [0, 0, 0, 2, 1, 0, 0, 0],
  shiftsTotal: [546, 552, 552, 546, 546, 552, 552, 546],
  // As the notes on own cover say: about 6%, 5%, 8%, 22%, 19%, 12%, 7% and 4% of shifts.
  shiftsAgency: [33, 28, 44, 120, 104, 66, 39, 22],
  shiftsBank: [30, 28, 33, 41, 38, 35, 31, 29],
  managerMonthsInPost: [41, 44, 47, 2, 5, 8, 11, 14],
  // The second manager's registration was pending until part-way through quarter 5.
  daysWithoutManager: [0, 0, 0, 90, 41, 0, 0, 0],
  supervisionsDue: [33, 33, 33, 30, 29, 32, 33, 33],
  supervisionsHeld: [31, 32, 31, 22, 25, 30, 32, 33],
  trainingRequired: [132, 132, 132, 120, 120, 132, 132, 132],
  trainingInDate: [125, 127, 126, 101, 108, 124, 129, 130],
  childrenAtStart: [4, 4, 4, 4, 4, 3, 4, 4],
  childrenAtEnd: [4, 4, 4, 4, 3, 4, 4, 4],
  keyworkerChanges: [0, 0, 0, 2, 1, 1, 0, 0],
  occupiedBedNights: [360, 360, 360, 360, 330, 340, 360, 360],
  sessionsPossible: [480, 470, 330, 480, 470, 330, 480, 470],
  sessionsAttended: [403, 404, 294, 437, 437, 310, 461, 456],
  missingEpisodes: [3, 2, 2, 5, 4, 1, 2, 0],
  childrenMissing: [1, 1, 1, 2, 2, 1, 1, 0],
  // Offered, held within 72 hours and declined, apart: in quarter 7 both interviews came too late.
  returnInterviewsOffered: [3, 2, 2, 5, 4, 1, 2, 0],
  returnInterviewsHeld: [3, 2, 2, 5, 3, 1, 0, 0],
  returnInterviewsDeclined: [0, 0, 0, 0, 1, 0, 0, 0],
  restraintIncidents: [2, 2, 1, 4, 3, 1, 1, 0],
  restraintChildren: [1, 1, 1, 2, 2, 1, 1, 0],
  // Regulation 35's three clocks over every measure of control, discipline or restraint (restraints
  // included); in quarter 4 two children were not spoken to within 5 days, as the notes say.
  controlMeasures: [5, 4, 3, 9, 7, 3, 2, 1],
  measuresRecordedInTime: [5, 4, 3, 8, 7, 3, 2, 1],
  measuresSignedInTime: [5, 4, 3, 8, 7, 3, 2, 1],
  measuresChildSpokenInTime: [5, 4, 3, 7, 6, 3, 2, 1],
  reg40Notifications: [1, 2, 1, 3, 2, 1, 3, 0],
  admissions: [0, 0, 0, 0, 0, 1, 0, 0],
  endingsPlanned: [0, 0, 0, 0, 1, 0, 0, 0],
  endingsUnplanned: [0, 0, 0, 0, 0, 0, 0, 0],
  level3Staff: [10, 10, 10, 8, 9, 10, 10, 11],
  healthAssessmentsInDate: [4, 3, 4, 4, 3, 4, 4, 4],
  familyTimePlanned: [24, 24, 26, 24, 20, 24, 26, 26],
  familyTimeHeld: [23, 22, 25, 21, 19, 23, 25, 26],
  familiarCoverShifts: [40, 44, 46, 92, 98, 86, 52, 44],
  complaints: [1, 0, 1, 3, 2, 1, 0, 1],
  complaintsUpheld: [0, 0, 0, 1, 1, 0, 0, 0],
  childrensMeetings: [3, 3, 3, 2, 3, 3, 3, 3],
  // The figures framework version 3 asks for: the home began keeping them two quarters ago, before its
  // first version 3 review, so the older quarters have none. The child at risk of exploitation is the one
  // who went missing; every child's dental check is in date, and one sight test lapsed last quarter.
  childrenAtRiskExploitation: [null, null, null, null, null, null, 1, 1],
  policeCallouts: [null, null, null, null, null, null, 2, 0],
  searches: [null, null, null, null, null, null, 1, 0],
  selfHarmIncidents: [null, null, null, null, null, null, 1, 0],
  bullyingIncidents: [null, null, null, null, null, null, 0, 1],
  medicationErrors: [null, null, null, null, null, null, 1, 0],
  complaintsFromChildren: [null, null, null, null, null, null, 0, 1],
  complaintsResolvedInTime: [null, null, null, null, null, null, 0, 1],
  dentalChecksInDate: [null, null, null, null, null, null, 4, 4],
  opticianChecksInDate: [null, null, null, null, null, null, 4, 3],
};

const MANAGER: ManagerStatus[] = ['registered', 'registered', 'registered', 'pending', 'registered'];

/** One quarter's figures and whether the manager was registered at its end. */
export function demoFigures(
  index: number,
  quarter: string,
): { values: MetricValues; managerStatus: ManagerStatus } {
  const values: MetricValues = Object.fromEntries(
    Object.entries(SERIES).map(([key, series]) => [key, series[index] ?? null]),
  );
  // A whole quarter without a registered manager is every day of it (90 to 92).
  if (index === 3) values.daysWithoutManager = daysInQuarter(quarter);
  return { values, managerStatus: MANAGER[index] ?? 'registered' };
}
