import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { addQuarters, quarterOf } from '../contract/rules/quarters';
import { openStore } from '../db/store';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../shell-shared/print/render-report';
import { startWebServer } from '../web/server';
import { STATIC_COPY } from './static-snapshot';
import { median, quartiles, report } from './timing';

/** Timed pairs (one PDF of each); odd pairs print the static page first, so drift hits both alike. */
const PAIRS = 11;

const fixed = (n: number) => n.toFixed(2);

/**
 * The inspection pack's PDF for the sample home's eight quarters, against printing a static page of
 * the same length (the pack's own rendered HTML without its scripts, with the same stylesheets) in the
 * same browser, page and run. Both go through the same renderReportPdf: open the address, wait for the
 * view's ready signal and fonts, print to a tagged A4 PDF with the running header and footer. One
 * untimed print of each warms the caches; then PAIRS alternating pairs, and the figure is the ratio of
 * the two medians, with the spread of the pairs' own ratios so a noisy run shows as one.
 */
export async function benchInspectionPackPdf(
  browser: Browser,
  folder: string,
  rendererDir: string,
): Promise<string> {
  const dbFile = path.join(folder, 'pack.sqlite');
  const store = openStore({ file: dbFile, appVersion: 'bench' });
  const homeId = store.handlers['demo.create']({}).id;
  store.close();
  const quarter = addQuarters(quarterOf(new Date()), -1);

  const staticDir = path.join(folder, 'pack-static');
  cpSync(rendererDir, staticDir, { recursive: true });
  const app = await startWebServer({ dbFile, rendererDir, appVersion: 'bench' });
  const page = await browser.newPage({ viewport: A4_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
  const servers = [app];
  try {
    const url = printViewUrl(app.url, { report: 'inspection-pack', homeId, quarter });
    await renderReportPdf(page, url);
    const { html } = (await page.evaluate(STATIC_COPY)) as { html: string };
    writeFileSync(path.join(staticDir, 'index.html'), html);
    const copy = await startWebServer({
      dbFile: path.join(folder, 'pack-static.sqlite'),
      rendererDir: staticDir,
      appVersion: 'bench',
    });
    servers.push(copy);
    await renderReportPdf(page, copy.url);
    const timed = async (target: string) => {
      const start = performance.now();
      await renderReportPdf(page, target);
      return performance.now() - start;
    };
    const times = { app: [] as number[], static: [] as number[] };
    for (let pair = 0; pair < PAIRS; pair++) {
      if (pair % 2 === 0) {
        times.app.push(await timed(url));
        times.static.push(await timed(copy.url));
      } else {
        times.static.push(await timed(copy.url));
        times.app.push(await timed(url));
      }
    }
    const pairRatios = quartiles(times.app.map((t, i) => t / times.static[i]!));
    const appQ = quartiles(times.app);
    const staticQ = quartiles(times.static);
    return [
      report(
        `Inspection pack PDF, 8 quarters (${(html.length / 1024).toFixed(0)} KB of HTML), against printing a static page of the same HTML (medians of ${PAIRS} alternating pairs)`,
        median(times.app),
        median(times.static),
        1.5,
      ),
      `  spread: pack ${appQ.q1.toFixed(0)}–${appQ.q3.toFixed(0)} ms, static ${staticQ.q1.toFixed(0)}–${staticQ.q3.toFixed(0)} ms (interquartile); ` +
        `ratio per pair ${fixed(pairRatios.min)} to ${fixed(pairRatios.max)}, interquartile ${fixed(pairRatios.q1)}–${fixed(pairRatios.q3)}`,
    ].join('\n');
  } finally {
    await page.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
