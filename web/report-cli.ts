import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumIn } from '../shell-shared/print/chromium';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../shell-shared/print/render-report';
import { parseReportArgs, REPORT_HELP } from '../shell-shared/print/report-args';
import { writeFileAtomically } from '../shell-shared/print/write-atomically';
import type { ReportKey } from '../contract/reports';
import { makePrintSnapshot, removePrintLeftovers, type PrintFolder } from '../db/safety/print-snapshots';
import { startWebServer } from './server';
import { keyOfExistingFile, passphraseFromEnvironment } from '../db/encryption/unlock';

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
  // What a killed print left (its snapshot, its browser) goes first; then this print's own snapshot.
  removePrintLeftovers(dbFile);
  const backupsDir = path.join(path.dirname(dbFile), 'backups');
  const key = keyOfExistingFile(dbFile, backupsDir, passphraseFromEnvironment());
  const print = await makePrintSnapshot(dbFile, key);
  try {
    return await printFromSnapshot(print, key, args, out);
  } finally {
    print.remove();
  }
}

/**
 * Prints from a read-only snapshot of the data (print-snapshots.ts), so printing never writes to the
 * manager's file and works while the app has it open; the snapshot is served without backups or logs.
 */
async function printFromSnapshot(
  print: PrintFolder,
  key: Buffer | null,
  args: { homeId: number; report: ReportKey; quarter: string },
  out: string,
): Promise<number> {
  const server = await startWebServer({
    dbFile: print.snapshot,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    appVersion: 'report',
    readOnlySnapshot: { key },
  });
  const browser = await launchChromiumIn(print.browserProfile, {
    viewport: A4_VIEWPORT,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
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
