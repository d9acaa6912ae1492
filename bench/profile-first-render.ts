import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../db/store';
import { commandLineOrExit } from '../scripts/command-line.cjs';
import { startWebServer } from '../web/server';
import { DASHBOARD_READY, launchChromium, readyTimer } from './browser-load';
import { fillLargeDatabase } from './large-database';
import { summariseMainThread, type TraceEvent } from './trace-summary';

const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

interface Timings {
  readyMs: number;
  fcpMs: number | null;
  htmlMs: number;
  resources: { name: string; startMs: number; endMs: number; kb: number }[];
}

/**
 * `npm run bench:profile`: where the first render of the browser-mode dashboard spends its time. One
 * traced load (after two warm-up loads) of the same 50-home database the bench uses: the main thread's
 * work by kind from a Chromium trace, and every request from the page's resource timing.
 */
async function main() {
  commandLineOrExit({
    command: 'npm run bench:profile --',
    summary:
      'Builds the 50-home benchmark data in a temporary file, loads the browser-mode dashboard three times in\n' +
      "Chromium and prints where the traced third load spends its time: the main thread's work by kind, and\n" +
      'every request the page makes.',
    options: [],
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-profile-'));
  const browser = await launchChromium();
  try {
    const dbFile = path.join(folder, 'large.sqlite');
    const store = openStore({ file: dbFile, appVersion: 'bench' });
    fillLargeDatabase(store.db, 50, 40);
    store.close();
    const server = await startWebServer({ dbFile, rendererDir: RENDERER_DIR, appVersion: 'bench' });
    let trace: Buffer | null = null;
    let timings: Timings | null = null;
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(readyTimer, DASHBOARD_READY);
      const traced = run === 2;
      if (traced) await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(server.url);
      await page.waitForFunction(
        () => (globalThis as unknown as { __hallmarksReady?: number }).__hallmarksReady,
      );
      if (traced) {
        trace = await browser.stopTracing();
        timings = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            readyMs: (globalThis as unknown as { __hallmarksReady: number }).__hallmarksReady,
            fcpMs: fcp ? fcp.startTime : null,
            htmlMs: nav.responseEnd,
            resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
              name: new URL(r.name).pathname,
              startMs: r.startTime,
              endMs: r.responseEnd,
              kb: r.encodedBodySize / 1024,
            })),
          };
        });
      }
      await context.close();
    }
    await server.close();
    print(timings!, JSON.parse(trace!.toString('utf8')) as { traceEvents: TraceEvent[] });
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function print(t: Timings, trace: { traceEvents: TraceEvent[] }) {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `Dashboard ready (painted): ${ms(t.readyMs)}; first contentful paint: ${t.fcpMs === null ? 'none' : ms(t.fcpMs)}; HTML received: ${ms(t.htmlMs)}`,
  );
  console.log('Requests (start → end, size):');
  for (const r of t.resources)
    console.log(
      `  ${ms(r.startMs).padStart(9)} → ${ms(r.endMs).padStart(9)}  ${r.kb.toFixed(1).padStart(6)} KB  ${r.name}`,
    );
  const main = summariseMainThread(trace.traceEvents, t.readyMs);
  if (!main) return console.log('No renderer main thread in the trace.');
  console.log(`Main thread busy until ready: ${ms(main.busyMs)} of ${ms(t.readyMs)} (the rest is waiting)`);
  for (const [name, total] of main.byEvent) console.log(`  ${name.padEnd(22)} ${ms(total)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
