import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './print/chromium';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from './print/render-report';
import { parseReportArgs, REPORT_HELP } from './print/report-args';
import { writeFileAtomically } from './print/write-atomically';
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
