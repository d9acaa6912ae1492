import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, startServer, stopServer, test } from '../fixtures';
import { buildSituation } from '../reflow/situations';
import type { SituationName } from '../reflow/texts';

/**
 * Not a check: pictures of the screens with the most data, at 640 px (a 1280 px laptop at 200% zoom),
 * for a person to look at, in /tmp/hallmarks-shots/reflow.
 */
const FOLDER = '/tmp/hallmarks-shots/reflow';

const SHOTS: { situation: SituationName; path: string; name: string; press?: RegExp; width?: number }[] = [
  { situation: '50 homes with long names', path: '/provider', name: 'all-homes-50' },
  { situation: '40 quarters of history', path: '/', name: 'dashboard-40-quarters' },
  { situation: '40 quarters of history', path: '/', name: 'dashboard-40-quarters-all', press: /^Show all/ },
  { situation: 'one home and one review', path: '/', name: 'dashboard-first-review' },
  { situation: 'one home and one review', path: '/reviews/1', name: 'completed-review' },
  {
    situation: 'a 300-character word',
    path: '/reviews/3/domain/leadership',
    name: 'step-long-word',
    width: 320,
  },
  { situation: 'right-to-left text', path: '/reviews/3/domain/leadership', name: 'step-rtl', width: 640 },
];

for (const shot of SHOTS) {
  test(`${shot.name} at ${shot.width ?? 640} px`, async ({ page }) => {
    mkdirSync(FOLDER, { recursive: true });
    const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-shots-'));
    const file = path.join(folder, 'hallmarks.sqlite');
    await buildSituation(shot.situation, file);
    const server = await startServer(file);
    try {
      await page.setViewportSize({ width: shot.width ?? 640, height: 900 });
      await page.goto(`${server.url}#${shot.path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      if (shot.press) await page.getByRole('button', { name: shot.press }).click();
      await expect(page.getByText('Drawing the charts…')).toHaveCount(0);
      // Window-high slices, so each picture stays readable.
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let part = 0; part * 900 < total && part < 12; part++) {
        const target = `${FOLDER}/${shot.name}-${shot.width ?? 640}-${part + 1}.png`;
        await page.evaluate((y) => window.scrollTo(0, y), part * 900);
        await page.screenshot({ path: target });
        await test.info().attach(`${shot.name}-${part + 1}`, { path: target, contentType: 'image/png' });
      }
    } finally {
      await stopServer(server.process);
      rmSync(folder, { recursive: true, force: true });
    }
  });
}
