// @vitest-environment happy-dom
import path from 'node:path';
import type { QueryClient } from '@tanstack/react-query';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_DATA_ID } from '../contract/first-screen';
import type { StartupData } from '../contract/operations';
import { openStore } from '../db/store';
import { useTempFolder } from '../db/test-support/temp-folder';
import { firstScreenData, withFirstScreen, type RenderFirstScreen } from '../shell-shared/first-screen';

// The renderer's modules, loaded by path: the Node shells' typecheck does not compile the renderer (it
// reaches them built, through loadFirstScreenRenderer), but this test runs the very code on both sides.
const RENDERER = path.join(__dirname, '..', 'renderer', 'src');
const load = <T>(file: string) => import(/* @vite-ignore */ path.join(RENDERER, file)) as Promise<T>;

/** The page's document, as happy-dom gives it (this file is typechecked with the Node shells, without the DOM's types). */
interface PageElement {
  innerHTML: string;
  querySelector(selector: string): { textContent: string | null } | null;
}
const page = (
  globalThis as unknown as { document: { body: PageElement; getElementById(id: string): PageElement | null } }
).document;

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-20T10:00:00Z');
const INDEX = '<!doctype html><html><head></head><body><div id="root"></div></body></html>';

afterEach(() => {
  page.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The sample home's start-up data, read as the main process reads it for the page. */
async function sampleStart(): Promise<StartupData> {
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: '1.0.0', now: () => NOW });
  await store.handlers['demo.create']({});
  const data = await firstScreenData(
    store.handlers,
    () => NOW,
    () => undefined,
  );
  store.close();
  if (!data) throw new Error('The sample home gave no start-up data');
  return data;
}

/** Serves the page as the main process does, then hydrates it as main.tsx does with `clientData`. */
async function hydrateServedPage(serverData: StartupData, clientData: (page: StartupData) => StartupData) {
  const { renderFirstScreen } = await load<{ renderFirstScreen: RenderFirstScreen }>('firstScreenHtml.tsx');
  const served = await withFirstScreen(INDEX, serverData, renderFirstScreen, (error) => {
    throw error;
  });
  page.body.innerHTML = served.slice(served.indexOf('<body>') + '<body>'.length, served.indexOf('</body>'));
  const root = page.getElementById('root')!;
  const rootHtml = root.innerHTML;

  const { embeddedStartupData } = await load<{ embeddedStartupData: () => StartupData | null }>(
    'shared/api/embeddedStartup.ts',
  );
  const { createQueryClient } = await load<{ createQueryClient: () => QueryClient }>(
    'shared/api/queryClient.ts',
  );
  const { seedStartupData } = await load<{
    seedStartupData: (client: QueryClient, data: Promise<StartupData | null>) => Promise<void>;
  }>('startupPrefetch.ts');
  const { mountApp } = await load<{
    mountApp: (
      root: PageElement,
      client: QueryClient,
      hydrate: boolean,
      onError: (e: unknown) => void,
    ) => void;
  }>('mountApp.tsx');
  const embedded = embeddedStartupData();
  if (!embedded) throw new Error('The page has no data block');
  // Read once and gone: a page locked later holds the home's data nowhere but the query cache.
  expect(page.getElementById(FIRST_SCREEN_DATA_ID)).toBeNull();
  const queryClient = createQueryClient();
  await seedStartupData(queryClient, Promise.resolve(clientData(embedded)));
  const recoverable = vi.fn();
  const consoleError = vi.spyOn(console, 'error');
  // The screens' own reads after hydration (the hub's sending state and the like) go nowhere here.
  vi.stubGlobal('fetch', () => new Promise<never>(() => undefined));
  await act(async () => mountApp(root, queryClient, true, recoverable));
  // React's development build also reports attributes that differ (not a recoverable error) here. (Its
  // note about two renderers sharing a context comes from rendering both sides in one test.)
  const hydrationWarnings = consoleError.mock.calls.filter((call) =>
    /hydrat|did not match|didn't match/i.test(call.map(String).join(' ')),
  );
  return { rootHtml, root, recoverable, hydrationWarnings };
}

describe('the first screen rendered in the main process, hydrated by the page', { timeout: 30_000 }, () => {
  it('hydrates without a mismatch when the page uses the data embedded beside the HTML', async () => {
    const start = await sampleStart();
    const { rootHtml, root, recoverable, hydrationWarnings } = await hydrateServedPage(start, (e) => e);
    expect(rootHtml).toContain('glance-judgements');
    expect(recoverable).not.toHaveBeenCalled();
    expect(hydrationWarnings).toEqual([]);
    expect(root.querySelector('h1')?.textContent).toBe(start.homes[0]!.name);
  });

  it('would report a mismatch if the page hydrated with other data (so the test above can fail)', async () => {
    const start = await sampleStart();
    const renamed = (embedded: StartupData) => ({
      ...embedded,
      homes: embedded.homes.map((home) => ({ ...home, name: `${home.name} (renamed)` })),
    });
    const { recoverable } = await hydrateServedPage(start, renamed);
    expect(recoverable).toHaveBeenCalled();
  });
});
