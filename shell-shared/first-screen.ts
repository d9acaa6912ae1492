import { createRequire } from 'node:module';
import { dispatch } from '../contract/dispatch';
import { FIRST_SCREEN_DATA_ID } from '../contract/first-screen';
import type { Handlers, StartupData } from '../contract/operations';
import { log } from '../db/log/logger';

/** Renders the first screen (the dashboard) from the start-up data to HTML: the renderer's, handed in. */
export type RenderFirstScreen = (data: StartupData) => Promise<string>;

/** The empty root element the built index.html has: the first screen's HTML goes in it. */
const EMPTY_ROOT = '<div id="root"></div>';

/**
 * The start-up data the first screen may be rendered from in the main process, or null to leave the
 * page to render itself as before. Never a home's data while the app lock or a locked mode (a meeting's
 * PIN, a survey handed to a young person) is on, and nothing on first run (no home yet): those screens
 * hold no data and are rendered by the page. Asked through dispatch, with the same rules as the page's
 * own requests (app.start is refused while the app is locked).
 */
export async function firstScreenData(
  handlers: Handlers,
  now: () => Date,
  log: (error: unknown) => void,
): Promise<StartupData | null> {
  const appLock = await dispatch(handlers, 'appLock.status', {}, log, now);
  if (!appLock.ok || (appLock.value as { locked: boolean }).locked) return null;
  const lockedMode = await dispatch(handlers, 'lock.status', {}, log, now);
  if (!lockedMode.ok || lockedMode.value !== null) return null;
  const start = await dispatch(handlers, 'app.start', {}, log, now);
  if (!start.ok) return null;
  const data = start.value as StartupData;
  return data.dashboard ? data : null;
}

/**
 * JSON that can sit inside a `<script>` element: `<` is written as its escape, so no text in the data
 * (a home's name, a note) can close the element or open another.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * index.html cut just inside its empty root element: `head` (the document up to and including
 * `<div id="root">`, which names the page's scripts and stylesheet) can be sent before the first screen
 * is rendered, so the browser fetches them meanwhile; `rest` follows the first screen's HTML. Null when
 * the page has no empty root to render into.
 */
export function splitAtRoot(indexHtml: string): { head: string; rest: string } | null {
  const at = indexHtml.indexOf(EMPTY_ROOT);
  if (at < 0) return null;
  const inside = at + EMPTY_ROOT.length - '</div>'.length;
  return { head: indexHtml.slice(0, inside), rest: indexHtml.slice(inside) };
}

/**
 * What follows the head split off by splitAtRoot: the first screen's HTML, the end of the root, the
 * data it was rendered from in a data block (type application/json: never run, so the CSP's
 * script-src 'self' stands) and the rest of the page. With no data, or on any failure, just the rest:
 * the page as it was, which renders itself as it did before. Never rejects.
 */
export async function firstScreenAndRest(
  rest: string,
  data: StartupData | null,
  render: RenderFirstScreen,
  log: (error: unknown) => void,
): Promise<string> {
  if (!data) return rest;
  try {
    const html = await render(data);
    // The page's CSP runs no inline script: HTML that needs one to be whole is not the page's.
    if (/<script/i.test(html)) throw new Error('The first screen was rendered with an inline script');
    const block = `<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">${scriptSafeJson(data)}</script>`;
    return rest.replace('</div>', () => `${html}</div>${block}`);
  } catch (error) {
    log(error);
    return rest;
  }
}

/** index.html with the first screen already in it, in one piece (see splitAtRoot and firstScreenAndRest). */
export async function withFirstScreen(
  indexHtml: string,
  data: StartupData | null,
  render: RenderFirstScreen,
  log: (error: unknown) => void,
): Promise<string> {
  const parts = splitAtRoot(indexHtml);
  if (!parts) return indexHtml;
  return parts.head + (await firstScreenAndRest(parts.rest, data, render, log));
}

/**
 * The renderer's first-screen renderer, built for Node beside the shells' bundles (dist/first-screen.cjs,
 * scripts/build-node.mjs), or undefined when it is not there (running from source): the page then
 * renders itself. Loaded at run time, so the shells' own code never compiles the renderer's.
 */
export function loadFirstScreenRenderer(file: string): RenderFirstScreen | undefined {
  try {
    const loaded = createRequire(__filename)(file) as { renderFirstScreen?: RenderFirstScreen };
    return typeof loaded.renderFirstScreen === 'function' ? loaded.renderFirstScreen : undefined;
  } catch (error) {
    log.warn('first_screen_renderer_missing', {}, error);
    return undefined;
  }
}
