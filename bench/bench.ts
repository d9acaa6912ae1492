import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openStore } from '../db/store';
import { commandLineOrExit } from '../scripts/command-line.cjs';
import { autosaveFigure } from './autosave';
import { encryptionCostFigures } from './encryption-cost';
import { buildBareReactPage, DASHBOARD_READY, launchChromium, measureLoads } from './browser-load';
import { dashboardChunkJsGzip, firstScreenJsGzip } from './bundle-size';
import { fillLargeDatabase } from './large-database';
import { buildStaticSnapshot } from './static-snapshot';
import { loadFirstScreenRenderer } from '../shell-shared/first-screen';
import { benchInspectionPackPdf } from './report-pdf';
import { pairedMs, pairedReport } from './timing';

const HOMES = 50;
const QUARTERS = 40;
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
/** Goals, each a ratio to a baseline measured in the same run (issue 20, section 9). */
const DATA_GOAL = 1.25;
const LOAD_GOAL = 1.5;
/** React takes over the server-rendered dashboard no later than the one the page renders itself. */
const TAKEOVER_GOAL = 1;
const FIRST_SCREEN_JS_GOAL_KB = 90;
const HAND_SQL = { app: 'app', baseline: 'hand SQL' };

async function main() {
  const options = commandLineOrExit({
    command: 'npm run bench --',
    summary:
      `Builds ${HOMES} homes x ${QUARTERS} quarters of reviews in a temporary data file, then prints each speed and\n` +
      'size figure beside its baseline: dashboard and provider data, loading the dashboard in Chromium, the\n' +
      "inspection pack's PDF and the JavaScript the first screen needs. Set BENCH_SKIP_BROWSER=1 to leave\n" +
      'out Chromium.',
    options: [
      {
        name: 'pdf-only',
        description: "Measure only the inspection pack's PDF against its static page (no 50-home data).",
      },
      {
        name: 'dashboard-only',
        description:
          'Measure only loading the browser-mode dashboard (50-home data) against its two baselines.',
      },
      {
        name: 'encryption-only',
        description:
          'Measure only the cost of encryption against a plain file (autosave, backups list, opening, 50-home data).',
      },
      {
        name: 'data-only',
        description: 'Measure only the dashboard and provider data (50-home data) against hand-written SQL.',
      },
    ],
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-bench-'));
  try {
    if (options['pdf-only']) {
      const browser = await launchChromium();
      try {
        console.log(await benchInspectionPackPdf(browser, folder, RENDERER_DIR));
      } finally {
        await browser.close();
      }
      return;
    }
    if (options['encryption-only']) {
      for (const line of await encryptionCostFigures(folder, HOMES, QUARTERS)) console.log(line);
      return;
    }
    const dbFile = path.join(folder, 'large.sqlite');
    const store = openStore({ file: dbFile, appVersion: 'bench' });
    const fillStart = performance.now();
    fillLargeDatabase(store.db, HOMES, QUARTERS);
    console.log(
      `Built ${HOMES} homes × ${QUARTERS} quarters (every indicator rated, figures filled) in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`,
    );
    if (options['dashboard-only']) {
      store.close();
      const browser = await launchChromium();
      try {
        for (const line of await benchDashboardLoad(browser, folder, dbFile)) console.log(line);
      } finally {
        await browser.close();
      }
      return;
    }

    // Baselines: the smallest hand-written SQL that reads the same judgements and figures.
    const judgements = store.db.prepare(
      `SELECT r.id, r.quarter, r.overall, d.domain_key, d.judgement FROM reviews r
         JOIN review_domains d ON d.review_id = r.id WHERE r.home_id = ? AND r.status = 'completed' ORDER BY r.quarter`,
    );
    const figures = store.db.prepare('SELECT * FROM quarterly_metrics WHERE home_id = ? ORDER BY quarter');
    const allJudgements = store.db.prepare(
      `SELECT r.home_id, r.quarter, r.overall, d.domain_key, d.judgement FROM reviews r
         JOIN review_domains d ON d.review_id = r.id WHERE r.status = 'completed' ORDER BY r.home_id, r.quarter`,
    );

    const dashboard = pairedMs(
      () => store.handlers['dashboard.get']({ homeId: 1 }),
      () => [judgements.all(1), figures.all(1)],
    );
    console.log(
      pairedReport(`Dashboard data, one home with ${QUARTERS} quarters`, dashboard, DATA_GOAL, HAND_SQL),
    );

    const provider = pairedMs(
      () => store.handlers['provider.overview']({}),
      () => allJudgements.all(),
      { pairs: 11, batch: 3, warmup: 2 },
    );
    console.log(pairedReport(`Provider view data, ${HOMES} homes`, provider, DATA_GOAL, HAND_SQL));
    store.close();
    if (options['data-only']) return;
    console.log(await autosaveFigure(folder));
    for (const line of await encryptionCostFigures(folder, HOMES, QUARTERS)) console.log(line);

    if (process.env.BENCH_SKIP_BROWSER) return;
    const browser = await launchChromium();
    try {
      for (const line of await benchDashboardLoad(browser, folder, dbFile)) console.log(line);
      console.log(await benchInspectionPackPdf(browser, folder, RENDERER_DIR));
    } finally {
      await browser.close();
    }

    const { bytes, files } = firstScreenJsGzip(RENDERER_DIR);
    const kb = bytes / 1024;
    console.log(
      `Renderer JavaScript for the first screen, gzipped: ${kb.toFixed(1)} KB in ${files.length} file(s) (goal < ${FIRST_SCREEN_JS_GOAL_KB} KB) ${kb < FIRST_SCREEN_JS_GOAL_KB ? 'within goal' : 'OVER GOAL'}`,
    );
    console.log(
      `  and the dashboard's own chunk, loaded alongside the start-up read: ${(dashboardChunkJsGzip(RENDERER_DIR) / 1024).toFixed(1)} KB gzipped`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Loading the browser-mode dashboard of `dbFile` against a bare React page and a static snapshot of it. */
async function benchDashboardLoad(browser: Browser, folder: string, dbFile: string): Promise<string[]> {
  const bareDir = path.join(folder, 'bare');
  await buildBareReactPage(bareDir);
  const app = { dbFile, rendererDir: RENDERER_DIR, selector: DASHBOARD_READY };
  const snapshotDir = path.join(folder, 'snapshot');
  const snapshot = await buildStaticSnapshot(browser, app, snapshotDir);
  // The dashboard rendered in the main process and hydrated (as `npm run web` serves it), and the same
  // page rendering itself (as before), so the gain is measured in the same run.
  // (A copy of the data for the second server: each server opens its own file.)
  const renderFirstScreen = loadFirstScreenRenderer(path.join(__dirname, '..', 'first-screen.cjs'));
  const clientDb = path.join(folder, 'client.sqlite');
  for (const suffix of ['', '-wal'])
    if (existsSync(dbFile + suffix)) copyFileSync(dbFile + suffix, clientDb + suffix);
  const loads = await measureLoads(browser, [
    { label: 'app', ...app, renderFirstScreen, takeover: true },
    { label: 'client', ...app, dbFile: clientDb, takeover: true },
    { label: 'snapshot', ...app, dbFile: path.join(folder, 'snapshot.sqlite'), rendererDir: snapshotDir },
    { label: 'bare', dbFile: path.join(folder, 'bare.sqlite'), rendererDir: bareDir, selector: 'h1' },
  ]);
  const label = 'Browser-mode dashboard, load to interactive in Chromium';
  return [
    `Static snapshot of the rendered dashboard: ${(snapshot.bytes / 1024).toFixed(1)} KB of HTML, ${snapshot.elements} elements, no script`,
    pairedReport(
      `${label}, against a bare React page`,
      { app: loads.app!, baseline: loads.bare! },
      LOAD_GOAL,
      { app: 'app', baseline: 'bare' },
    ),
    pairedReport(
      `${label}, against a static snapshot of it`,
      { app: loads.app!, baseline: loads.snapshot! },
      LOAD_GOAL,
      { app: 'app', baseline: 'snapshot' },
    ),
    pairedReport(
      `${label}, rendered by the page alone (no first screen from the server), against the snapshot`,
      { app: loads.client!, baseline: loads.snapshot! },
      LOAD_GOAL,
      { app: 'client', baseline: 'snapshot' },
    ),
    // Painted sooner is no gain if the page then answers clicks later: React must take the server's
    // dashboard over no later than it takes over the dashboard it renders itself.
    pairedReport(
      'Browser-mode dashboard, React taking the page over, rendered by the server against rendered by the page alone',
      { app: loads['app takeover']!, baseline: loads['client takeover']! },
      TAKEOVER_GOAL,
      { app: 'server', baseline: 'page alone' },
    ),
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
