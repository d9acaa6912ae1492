import { parseArgs } from 'node:util';
import { QUARTER_PATTERN } from '../../contract/rules/quarters';
import { isReportKey, REPORT_KEYS, type ReportKey } from '../../contract/reports';

export const REPORT_HELP = `Usage: npm run report -- --db FILE --home ID --report NAME --period QUARTER --out FILE.pdf

Prints one of a home's reports to a PDF, through the same print view the app shows.

  --db FILE         the Hallmarks database (hallmarks.sqlite)
  --home ID         the home's number (1 for the first home added)
  --report NAME     one of: ${REPORT_KEYS.join(', ')}
  --period QUARTER  the quarter, for example 2026-Q4 (the inspection pack ends with it)
  --out FILE.pdf    where to save the PDF; it appears only once it is complete
  --help            show this help`;

export type ReportArgs =
  | { help: true }
  | { help: false; db: string; homeId: number; report: ReportKey; quarter: string; out: string };

/** Reads the command line, or throws an Error whose message says what to type instead. */
export function parseReportArgs(argv: string[]): ReportArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      home: { type: 'string' },
      report: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: true };
  const missing = ['db', 'home', 'report', 'period', 'out'].filter((k) => !values[k as keyof typeof values]);
  if (missing.length) throw new Error(`Give ${missing.map((k) => `--${k}`).join(', ')}. See --help.`);
  const homeId = Number(values.home);
  if (!Number.isSafeInteger(homeId) || homeId < 1) {
    throw new Error(`--home must be a home's number, for example 1 (got "${values.home}").`);
  }
  if (!isReportKey(values.report)) {
    throw new Error(`--report must be one of ${REPORT_KEYS.join(', ')} (got "${values.report}").`);
  }
  if (!QUARTER_PATTERN.test(values.period!)) {
    throw new Error(`--period must be a quarter such as 2026-Q4 (got "${values.period}").`);
  }
  if (!values.out!.toLowerCase().endsWith('.pdf')) throw new Error('--out must name a .pdf file.');
  return {
    help: false,
    db: values.db!,
    homeId,
    report: values.report,
    quarter: values.period!,
    out: values.out!,
  };
}
