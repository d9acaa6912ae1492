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

/** Reads a print route back; null for anything that is not one. */
export function parseReportPath(path: string): { report: ReportKey; homeId: number; quarter: string } | null {
  const match = /^\/print\/([a-z0-9-]+)\/(\d+)\/([^/]+)$/.exec(path);
  if (!match) return null;
  const [, report, home, quarter] = match;
  const homeId = Number(home);
  if (!isReportKey(report) || !Number.isSafeInteger(homeId) || homeId < 1) return null;
  if (!QUARTER_PATTERN.test(quarter ?? '')) return null;
  return { report, homeId, quarter: quarter! };
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
): string {
  const home = homeName.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Home';
  const entry: { fileWords: string; signed?: { title: string; fileWords: string } } = REPORTS[report];
  const words = entry.signed && shownTitle === entry.signed.title ? entry.signed.fileWords : entry.fileWords;
  return `${home} - ${words} - ${quarterLabel(quarter)}.${extension}`;
}

/** What the print view tells whoever prints it, for the running header and footer. */
export interface PrintFurniture {
  home: string;
  urn: string | null;
  title: string;
  period: string;
}
