import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, startServer, stopServer, test } from './fixtures';
import { overflowOf, settled } from './reflow/overflow';
import { screenVisits, type ScreenVisit } from './reflow/routes';
import { buildSituation } from './reflow/situations';
import { AXE_SITUATIONS, SITUATIONS } from './reflow/texts';
import { copyOfBuiltOnce } from './run-cache';

/**
 * WCAG 1.4.10 Reflow, and then some: every screen (every route in renderer/src/screenPaths.ts), in each
 * situation the app will meet, at 1280, 1024, 640 and 320 CSS px, with no sideways scrolling of the page
 * (tables scroll inside their own frame), and, in the situations AXE_SITUATIONS names, axe with no serious
 * or critical violations. Each screen is opened once and measured at every width by resizing the window;
 * everything found is reported together.
 * Each situation's data is built once per run and copied for its three tests (two halves of the app's
 * screens, and the printed reports' views), which run side by side.
 */
const WIDTHS = [1280, 1024, 640, 320];
/** Buttons that open a wider state of a screen, pressed after measuring the screen as it opens. */
const WIDER_STATES = [/^Show all \d+ quarters$/, /^Reopen this review$/];

test.describe.configure({ mode: 'parallel' });
// Hundreds of resizes and checks per test: a trace would cost more than the test; the report names each problem.
test.use({ trace: 'off' });

/** Waits until the screen at `path` has drawn its heading and nothing is still loading. */
async function open(page: Page, visit: ScreenVisit) {
  await page.evaluate((path) => (window.location.hash = path), visit.path);
  await settled(page);
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    if (!main?.querySelector('h1') || document.querySelector('.loading')) return false;
    return !/Loading…|Drawing the charts…/.test(main.textContent ?? '');
  });
}

async function measureEveryWidth(page: Page, where: string, problems: string[], axe: boolean) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await overflowOf(page);
    if (overflow) {
      problems.push(
        `${where} at ${width} px: the page is ${overflow.documentWidth} px wide (window ${overflow.viewport} px). ` +
          `Widest: ${overflow.widest.join('; ') || 'no single element found'}`,
      );
    }
  }
  // Axe at the narrowest width, where tables scroll in their frames and everything is most squeezed.
  const violations = axe ? await seriousViolations(page) : [];
  if (violations.length > 0) problems.push(`${where}: accessibility problems ${JSON.stringify(violations)}`);
  await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
}

const isPrintView = (visit: ScreenVisit) => visit.screen.startsWith('print/');
/** The visits split three ways, so a situation's screens are checked by both workers at once. */
const PARTS: Record<string, (visits: ScreenVisit[]) => ScreenVisit[]> = {
  "the first half of the app's screens": (visits) => appHalf(visits, 0),
  "the second half of the app's screens": (visits) => appHalf(visits, 1),
  "the reports' print views": (visits) => visits.filter(isPrintView),
};

function appHalf(visits: ScreenVisit[], half: 0 | 1): ScreenVisit[] {
  const app = visits.filter((visit) => !isPrintView(visit));
  const middle = Math.ceil(app.length / 2);
  return half === 0 ? app.slice(0, middle) : app.slice(middle);
}

for (const situation of SITUATIONS) {
  for (const [part, partOf] of Object.entries(PARTS)) {
    test(`${part} fit the window, with ${situation}`, async ({ page }) => {
      test.setTimeout(240_000);
      const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-reflow-'));
      const file = path.join(folder, 'hallmarks.sqlite');
      const facts = await copyOfBuiltOnce(
        `situation ${situation}`,
        (building) => buildSituation(situation, building),
        file,
      );
      const server = await startServer(file);
      const problems: string[] = [];
      const visits = partOf(screenVisits(facts));
      const axe = AXE_SITUATIONS.includes(situation);
      try {
        expect(visits.length, `${part} to visit`).toBeGreaterThan(0);
        await page.goto(server.url);
        for (const visit of visits) {
          const where = `${visit.screen} (#${visit.path}${visit.variant ? `, ${visit.variant}` : ''})`;
          await open(page, visit);
          await measureEveryWidth(page, where, problems, axe);
          for (const name of WIDER_STATES) {
            const button = page.getByRole('button', { name });
            if ((await button.count()) !== 1) continue;
            const label = await button.textContent();
            await button.click();
            await measureEveryWidth(page, `${where} after "${label}"`, problems, axe);
          }
        }
      } finally {
        await stopServer(server.process, [page]);
        rmSync(folder, { recursive: true, force: true });
      }
      expect(problems, `with ${situation}:\n${problems.join('\n')}`).toEqual([]);
    });
  }
}
