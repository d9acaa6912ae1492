import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { addQuarters, quarterOf } from '../contract/quarters';
import { openStore } from '../db/store';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../web/print/render-report';
import { startWebServer } from '../web/server';
import { median, report } from './timing';

const RUNS = 7;

/** The print view's rendered document without its scripts: a static page of exactly the same content. */
const STATIC_COPY = `(() => {
  const root = document.documentElement.cloneNode(true);
  root.querySelectorAll('script, link[rel="modulepreload"]').forEach((n) => n.remove());
  return '<!doctype html>\\n' + root.outerHTML;
})()`;

/**
 * The inspection pack's PDF for the sample home's eight quarters, against printing a static page of
 * the same length (the pack's own rendered HTML without its scripts) in the same browser and run.
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
    const html = (await page.evaluate(STATIC_COPY)) as string;
    writeFileSync(path.join(staticDir, 'index.html'), html);
    const copy = await startWebServer({
      dbFile: path.join(folder, 'pack-static.sqlite'),
      rendererDir: staticDir,
      appVersion: 'bench',
    });
    servers.push(copy);
    const times: Record<'app' | 'static', number[]> = { app: [], static: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const [label, target] of [
        ['app', url],
        ['static', copy.url],
      ] as const) {
        const start = performance.now();
        await renderReportPdf(page, target);
        times[label].push(performance.now() - start);
      }
    }
    return report(
      `Inspection pack PDF, 8 quarters (${(html.length / 1024).toFixed(0)} KB of HTML), against printing a static page of the same HTML`,
      median(times.app),
      median(times.static),
      1.5,
    );
  } finally {
    await page.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
