import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startWebServer } from '../web/server';

/**
 * Run in the page: its rendered document without scripts or module preloads, as a static page. The
 * stylesheets a lazy chunk added carry the app server's own address (another port from the copy's
 * server, so Chromium refuses them as cross-origin): they are made relative, so the copy loads the
 * same files from its own folder and looks exactly as the app did.
 */
export const STATIC_COPY = `(() => {
  const root = document.documentElement.cloneNode(true);
  root.querySelectorAll('script, link[rel="modulepreload"]').forEach((node) => node.remove());
  root.querySelectorAll('link[href]').forEach((link) => {
    const url = new URL(link.getAttribute('href'), location.href);
    if (url.origin === location.origin) link.setAttribute('href', '.' + url.pathname);
  });
  return { html: '<!doctype html>\\n' + root.outerHTML, elements: root.querySelectorAll('*').length };
})()`;

/**
 * The floor for showing the dashboard: the same DOM and CSS the app has rendered, as a static page with
 * no script. Loads the app once, waits for `selector`, and saves the document without its scripts and
 * module preloads into a copy of the renderer folder (so the stylesheets and fonts are the same files).
 */
export async function buildStaticSnapshot(
  browser: Browser,
  app: { dbFile: string; rendererDir: string; selector: string },
  folder: string,
): Promise<{ bytes: number; elements: number }> {
  cpSync(app.rendererDir, folder, { recursive: true });
  const server = await startWebServer({
    dbFile: app.dbFile,
    rendererDir: app.rendererDir,
    appVersion: 'bench',
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector(app.selector);
    const snapshot = (await page.evaluate(STATIC_COPY)) as { html: string; elements: number };
    writeFileSync(path.join(folder, 'index.html'), snapshot.html);
    return { bytes: Buffer.byteLength(snapshot.html), elements: snapshot.elements };
  } finally {
    await context.close();
    await server.close();
  }
}
