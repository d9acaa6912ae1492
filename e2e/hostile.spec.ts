import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServer, stopServer, test } from './fixtures';
import type { HostileFacts } from './hostile/build-hostile';
import { PAYLOADS } from './hostile/payloads';
import { freeTextFields } from './hostile/text-fields';
import { settled } from './reflow/overflow';
import { screenVisits } from './reflow/routes';
import { loadBundled } from './reflow/situations';

/**
 * Stored XSS, swept: every payload in e2e/hostile/payloads.ts written through every operation that stores
 * text, then every screen in the route list (renderer/src/shared/paths/screenPaths.ts, so screens added
 * later, print views included, are visited too) checked for any sign that a payload ran or became markup.
 */
const INJECTED = [
  '[data-xss]',
  '#xss',
  '[onerror]',
  '[onload]',
  '[onclick]',
  '[onfocus]',
  '[ontoggle]',
  '[onbegin]',
  '[onstart]',
  '[onmouseover]',
  'iframe',
  'object',
  'embed',
  'marquee',
  'base',
  'meta[http-equiv]',
  'a[href^="javascript" i]',
  'link[href^="javascript" i]',
].join(', ');

/** What a payload that ran, or became markup, would leave behind. */
function traces(page: Page) {
  return page.evaluate((selector) => {
    const found = [...document.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 120));
    // The app's own scripts are files (the CSP allows nothing inline), and its styles never hold URLs.
    const scripts = [...document.scripts].filter((s) => !s.src).map((s) => s.outerHTML.slice(0, 120));
    const styles = [...document.querySelectorAll('style')]
      .filter((s) => /javascript:|expression\(|__xss/i.test(s.textContent ?? ''))
      .map((s) => s.outerHTML.slice(0, 120));
    return {
      flag: (window as unknown as { __xss?: unknown }).__xss ?? null,
      injected: [...found, ...scripts, ...styles],
    };
  }, INJECTED);
}

/**
 * A printed report is a PDF: it must carry no script, no action that launches anything, and no link other
 * than the web addresses the app prints itself (a payload's javascript: or data: address never becomes one).
 */
function pdfProblems(pdf: Buffer, where: string): string[] {
  const text = pdf.toString('latin1');
  const problems: string[] = [];
  for (const marker of ['/JavaScript', '/JS ', '/JS(', '/Launch', '/SubmitForm', '/ImportData'])
    if (text.includes(marker)) problems.push(`${where}: the PDF holds ${marker}`);
  for (const [, uri] of text.matchAll(/\/URI\s*\(([^)]*)\)/g))
    if (!/^https:\/\//.test(uri!)) problems.push(`${where}: the PDF links to ${uri!.slice(0, 80)}`);
  return problems;
}

test.use({ trace: 'off' });

test('no stored payload runs or becomes markup on any screen', async ({ page }) => {
  test.setTimeout(300_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(Math.max(...PAYLOADS.map((p) => p.length))).toBeGreaterThan(10_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-hostile-'));
  const file = path.join(folder, 'hallmarks.sqlite');
  const { buildHostile } = await loadBundled<{ buildHostile: (f: string) => Promise<HostileFacts> }>(
    path.join(__dirname, 'hostile', 'build-hostile.ts'),
  );
  const facts = await buildHostile(file);
  // Every field that stores free text got payloads; a new operation must be added to the builder.
  expect(freeTextFields().filter((f) => !facts.covered.includes(f))).toEqual([]);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  const server = await startServer(file);
  const problems: string[] = [];
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Text shows as text: the open home's name is a <script> payload, and the banner shows it verbatim.
    await expect.soft(page.locator('.header__home')).toHaveText(`Current home: ${PAYLOADS[0]}`);
    for (const visit of screenVisits(facts)) {
      await page.evaluate((hash) => (window.location.hash = hash), visit.path);
      await settled(page);
      await page.waitForFunction(() => {
        const main = document.querySelector('main');
        return (
          !!main?.querySelector('h1') &&
          !document.querySelector('.loading') &&
          !/Loading…/.test(main.textContent ?? '')
        );
      });
      const seen = await traces(page);
      const where = `#${visit.path}${visit.variant ? ` (${visit.variant})` : ''}`;
      if (seen.flag !== null) problems.push(`${where}: a payload ran (window.__xss = ${String(seen.flag)})`);
      if (seen.injected.length > 0)
        problems.push(`${where}: payload markup in the page: ${seen.injected.join(' | ')}`);
      if (visit.screen.startsWith('print/')) problems.push(...pdfProblems(await page.pdf(), where));
    }
  } finally {
    await stopServer(server.process, [page]);
    rmSync(folder, { recursive: true, force: true });
  }
  expect(dialogs, 'dialogs opened by payloads').toEqual([]);
  expect(problems).toEqual([]);
});
