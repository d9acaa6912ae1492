import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../shell-shared/print/chromium';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../shell-shared/print/render-report';
import { parseReportArgs, REPORT_HELP } from '../shell-shared/print/report-args';
import { writeFileAtomically } from '../shell-shared/print/write-atomically';
import type { ReportKey } from '../contract/reports';
import { snapshotFile } from '../db/connection';
import { startWebServer } from './server';

/** `npm run report -- ...`: a report to PDF from the command line, through browser mode and Chromium. */
async function main(): Promise<number> {
  let args;
  try {
    args = parseReportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`Hallmarks: ${(error as Error).message}`);
    return 2;
  }
  if (args.help) {
    console.log(REPORT_HELP);
    return 0;
  }
  const dbFile = path.resolve(args.db);
  if (!existsSync(dbFile)) {
    console.error(`Hallmarks: there is no database at ${dbFile}. Check the --db path.`);
    return 2;
  }
  const out = path.resolve(args.out);
  const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-report-'));
  try {
    return await printFromSnapshot(await snapshotOf(dbFile, folder), args, out);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A consistent copy of the data to print from (SQLite's backup API), so printing never writes to the
 * manager's file and works while the app has it open.
 */
async function snapshotOf(dbFile: string, folder: string): Promise<string> {
  const snapshot = path.join(folder, 'snapshot.sqlite');
  await snapshotFile(dbFile, snapshot);
  return snapshot;
}

async function printFromSnapshot(
  dbFile: string,
  args: { homeId: number; report: ReportKey; quarter: string },
  out: string,
): Promise<number> {
  const server = await startWebServer({
    dbFile,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    appVersion: 'report',
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: A4_VIEWPORT,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const start = performance.now();
    await writeFileAtomically(out, () => renderReportPdf(page, printViewUrl(server.url, args)));
    console.log(`Saved ${out} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`Hallmarks: the report was not saved. ${(error as Error).message}`);
    return 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
