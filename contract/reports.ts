import { MONTH_PATTERN, reg45MonthsProblem } from './reg45-draft';
import { formatIsoMonth, quarterOfIso } from './rules/dates';
import { QUARTER_PATTERN, quarterLabel } from './rules/quarters';

/**
 * The printable reports that exist, in one list shared by the Reports page, the print views, the
 * command line (`npm run report`) and Electron's Save as PDF. A report joins this list only when the
 * data it prints exists in the app: sections for features still to come are added with those features.
 */
export const REPORTS = {
  'quarterly-review': {
    title: 'Quarterly review report',
    fileWords: 'quarterly review',
    summary:
      'The review of one quarter: cover, judgements and their movement, every indicator with its evidence, strengths and areas to improve.',
  },
  'staff-room': {
    title: 'Staff-room page',
    fileWords: 'staff-room page',
    summary:
      'One A4 side for the staff room: the judgements with their movement, what we do well, what we are working on.',
  },
  'rating-sheets': {
    title: 'Rating sheets',
    fileWords: 'rating sheets',
    summary: 'Each domain on its own page, with a box per grade for every indicator, for rating on paper.',
  },
  'inspection-pack': {
    title: 'Inspection pack',
    fileWords: 'inspection pack',
    summary:
      'The last eight quarters: judgements over time, streaks and stability, the figures and their trends, actions, Reg 44 visits, Reg 45 reviews and Ofsted inspections with calibration.',
  },
  'action-plan': {
    title: 'Action plan',
    fileWords: 'action plan',
    summary:
      'Every action, overdue first, then open, done and dropped, by domain: owner, due date, where it came from and its history.',
  },
  'reg45-draft': {
    title: 'Reg 45 review draft',
    fileWords: 'Reg 45 review draft',
    /** Once the registered person has signed it, it is the review itself, on paper and in its file name. */
    signed: { title: 'Reg 45 review', fileWords: 'Reg 45 review' },
    summary:
      'A draft for the six months ending with the chosen quarter: judgements and their movement, each Quality Standard, the views of children, parents, placing authorities and staff, Reg 44 visits, inspections and the action plan.',
  },
  'team-meeting': {
    title: 'Team meeting agenda or minutes',
    fileWords: 'team meeting',
    summary:
      'The agenda before the meeting; the minutes after it: who attended, each item’s agreed rating and reasoning, notes and the actions added in the meeting.',
  },
} as const;

export type ReportKey = keyof typeof REPORTS;
export const REPORT_KEYS = Object.keys(REPORTS) as ReportKey[];

export function isReportKey(value: unknown): value is ReportKey {
  return typeof value === 'string' && Object.hasOwn(REPORTS, value);
}

/** The renderer route of a report's print view (hash routing: prefix with "#"). */
export function reportPath(report: ReportKey, homeId: number, quarter: string): string {
  return `/print/${report}/${homeId}/${quarter}`;
}

/**
 * The print route of a Reg 45 draft whose period is not two whole quarters ("2026-02..2026-07"): a home's
 * Reg 45 cycle may start in any month. Only the Reg 45 draft has such a route.
 */
export function reg45DraftMonthsPath(homeId: number, firstMonth: string, lastMonth: string): string {
  return `/print/reg45-draft/${homeId}/${firstMonth}..${lastMonth}`;
}

/** A print route read back: the report, the home, its quarter and, for a Reg 45 draft, perhaps its months. */
export interface ReportRoute {
  report: ReportKey;
  homeId: number;
  /** The quarter, or for a period of months the quarter its last month falls in. */
  quarter: string;
  firstMonth?: string;
  lastMonth?: string;
}

/** A Reg 45 draft's months read from a route, or null when they are not a draft's period. */
function draftMonths(period: string): Pick<ReportRoute, 'quarter' | 'firstMonth' | 'lastMonth'> | null {
  const [firstMonth = '', lastMonth = '', ...rest] = period.split('..');
  if (rest.length > 0 || !MONTH_PATTERN.test(firstMonth) || !MONTH_PATTERN.test(lastMonth)) return null;
  if (firstMonth < '2000-01') return null;
  const quarter = quarterOfIso(`${lastMonth}-01`);
  return reg45MonthsProblem({ quarter, firstMonth, lastMonth }) ? null : { quarter, firstMonth, lastMonth };
}

/** Reads a print route back; null for anything that is not one. */
export function parseReportPath(path: string): ReportRoute | null {
  const match = /^\/print\/([a-z0-9-]+)\/(\d+)\/([^/]+)$/.exec(path);
  if (!match) return null;
  const [, report, home, period = ''] = match;
  const homeId = Number(home);
  if (!isReportKey(report) || !Number.isSafeInteger(homeId) || homeId < 1) return null;
  if (QUARTER_PATTERN.test(period)) return { report, homeId, quarter: period };
  const months = report === 'reg45-draft' ? draftMonths(period) : null;
  return months ? { report, homeId, ...months } : null;
}

/** "Feb to Jul 2026", "Oct 2025 to Mar 2026": a period of months as a file name says it. */
function monthsFileLabel(firstMonth: string, lastMonth: string): string {
  const short = (month: string) => formatIsoMonth(month).slice(0, 3);
  const year = (month: string) => month.slice(0, 4);
  return year(firstMonth) === year(lastMonth)
    ? `${short(firstMonth)} to ${short(lastMonth)} ${year(lastMonth)}`
    : `${short(firstMonth)} ${year(firstMonth)} to ${short(lastMonth)} ${year(lastMonth)}`;
}

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/**
 * "Rowan House - quarterly review - Oct to Dec 2026.pdf". `shownTitle` is the title the print view shows
 * (its furniture): a signed Reg 45 draft is titled, and so named, "Reg 45 review".
 */
export function reportFileName(
  homeName: string,
  report: ReportKey,
  quarter: string,
  extension = 'pdf',
  shownTitle?: string,
  /** A Reg 45 draft's months, when its period is not named by its quarter. */
  months?: { firstMonth?: string | undefined; lastMonth?: string | undefined },
): string {
  const home = homeName.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Home';
  const entry: { fileWords: string; signed?: { title: string; fileWords: string } } = REPORTS[report];
  const words = entry.signed && shownTitle === entry.signed.title ? entry.signed.fileWords : entry.fileWords;
  const when =
    months?.firstMonth && months.lastMonth
      ? monthsFileLabel(months.firstMonth, months.lastMonth)
      : quarterLabel(quarter);
  return `${home} - ${words} - ${when}.${extension}`;
}

/** What the print view tells whoever prints it, for the running header and footer. */
export interface PrintFurniture {
  home: string;
  urn: string | null;
  title: string;
  period: string;
}
