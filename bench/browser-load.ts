import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { startWebServer } from '../web/server';
import type { RenderFirstScreen } from '../shell-shared/first-screen';

/**
 * The dashboard's first screen is there when its judgements have loaded and rendered (the heat map that
 * used to mark it moved to Trends: waiting for it never ended).
 */
export const DASHBOARD_READY = '.glance-judgements dd';

/** Builds a bare React page (React + one heading, minified like the app) into `folder`. */
export async function buildBareReactPage(folder: string): Promise<void> {
  mkdirSync(path.join(folder, 'assets'), { recursive: true });
  await build({
    entryPoints: [path.join(__dirname, '..', '..', 'bench', 'bare-react.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(folder, 'assets', 'bare.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(folder, 'index.html'),
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Bare</title>' +
      '<script type="module" src="./assets/bare.js"></script></head><body><div id="root"></div></body></html>',
  );
}

/**
 * Watches, from inside the page, for `selector` to appear, and records the time (from navigation start)
 * of the first frame painted after it: content on screen, measured without the test driver's polling.
 */
export function readyTimer(selector: string) {
  const marks = globalThis as unknown as { __hallmarksReady?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => (marks.__hallmarksReady = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Records, from inside the page, the time (from navigation start) React took the page over: the first
 * commit after which the `selector` element is React's (hydrated, or rendered by it), so a click on it is
 * handled. Heard through the hook React's developer tools use, which React calls at every commit, in
 * production builds too. A page painted by the server shows the screen well before this.
 */
export function takeoverTimer(selector: string) {
  const marks = globalThis as unknown as {
    __hallmarksTakenOver?: number;
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  };
  marks.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    inject: () => 1,
    onCommitFiberRoot() {
      if (marks.__hallmarksTakenOver !== undefined) return;
      const element = document.querySelector(selector);
      if (element && Object.keys(element).some((name) => name.startsWith('__reactFiber$')))
        marks.__hallmarksTakenOver = performance.now();
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
}

export { launchChromium } from '../shell-shared/print/chromium';

/**
 * Time from navigation to `selector` painted, per run and target, each load in a fresh browser context
 * (cold cache). The targets take turns going first, so drift hits them alike; the first round is untimed.
 * For a target with `takeover`, also the time React took it over, as `<label> takeover`.
 */
export async function measureLoads(
  browser: Browser,
  targets: {
    label: string;
    dbFile: string;
    rendererDir: string;
    selector: string;
    renderFirstScreen?: RenderFirstScreen;
    takeover?: boolean;
  }[],
  runs = 15,
): Promise<Record<string, number[]>> {
  const servers = await Promise.all(
    targets.map((t) =>
      startWebServer({
        dbFile: t.dbFile,
        rendererDir: t.rendererDir,
        appVersion: 'bench',
        renderFirstScreen: t.renderFirstScreen,
      }),
    ),
  );
  const times: Record<string, number[]> = Object.fromEntries(
    targets.flatMap((t) => [[t.label, []], ...(t.takeover ? [[`${t.label} takeover`, []]] : [])]),
  );
  try {
    for (let run = 0; run < runs + 1; run++) {
      for (let turn = 0; turn < targets.length; turn++) {
        const i = (turn + run) % targets.length;
        const target = targets[i]!;
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(readyTimer, target.selector);
        if (target.takeover) await page.addInitScript(takeoverTimer, target.selector);
        await page.goto(servers[i]!.url);
        const ready = await page.waitForFunction(
          () => (globalThis as unknown as { __hallmarksReady?: number }).__hallmarksReady,
        );
        // The first round warms the servers and the disk cache.
        if (run > 0) times[target.label]!.push((await ready.jsonValue()) as number);
        if (target.takeover) {
          const takenOver = await page.waitForFunction(
            () => (globalThis as unknown as { __hallmarksTakenOver?: number }).__hallmarksTakenOver,
          );
          if (run > 0) times[`${target.label} takeover`]!.push((await takenOver.jsonValue()) as number);
        }
        await context.close();
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  return times;
}
