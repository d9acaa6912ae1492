import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_DATA_ID } from '../contract/first-screen';
import type { StartupData } from '../contract/operations';
import { openHarness } from '../db/test-support/handler-harness';
import { openStore } from '../db/store';
import { useTempFolder } from '../db/test-support/temp-folder';
import { firstScreenData, scriptSafeJson, splitAtRoot, withFirstScreen } from './first-screen';

const tempFolder = useTempFolder();
const INDEX = '<!doctype html><html><head></head><body><div id="root"></div></body></html>';
const noLog = () => undefined;

function openHome() {
  const h = openHarness(tempFolder());
  const now = () => new Date('2026-11-20T10:00:00Z');
  return { ...h, data: () => firstScreenData(h.store.handlers, now, noLog) };
}

describe('firstScreenData: what the main process may render into the page', () => {
  it('is the start-up read, dashboard included, while the app is open', async () => {
    const h = openHome();
    const data = await h.data();
    expect(data?.dashboard?.homeId).toBe(h.homeId);
    expect(data?.homes.map((home) => home.name)).toEqual(['Oak House']);
  });

  it('is nothing while the app is locked, so no home is written into the page', async () => {
    const h = openHome();
    await h.call('pin.set', { newPin: '582914' });
    await h.call('appLock.lock', { reason: 'button' });
    expect(await h.data()).toBeNull();
    await h.call('appLock.unlock', { pin: '582914' });
    expect(await h.data()).not.toBeNull();
  });

  it('is nothing while a locked mode (a survey handed over, a meeting) is on', async () => {
    const h = openHome();
    await h.call('pin.set', { newPin: '582914' });
    await h.call('lock.enter', { mode: 'voice', homeId: h.homeId, subjectId: null });
    expect(await h.data()).toBeNull();
  });

  it('is nothing on first run (no home yet): the page renders the first-run screen itself', async () => {
    const store = openStore({ file: path.join(tempFolder(), 'empty.sqlite'), appVersion: '1.0.0' });
    expect(await firstScreenData(store.handlers, () => new Date(), noLog)).toBeNull();
    store.close();
  });
});

const start = {
  info: {},
  homes: [{ name: '</script><script>alert(1)</script>' }],
  dashboard: {},
} as StartupData;

describe('withFirstScreen', () => {
  it('puts the HTML in the root and the data beside it in a block that never runs', async () => {
    const page = await withFirstScreen(INDEX, start, () => Promise.resolve('<main>Dashboard</main>'), noLog);
    expect(page).toContain('<div id="root"><main>Dashboard</main></div>');
    expect(page).toContain(`<script type="application/json" id="${FIRST_SCREEN_DATA_ID}">`);
    // A home's name cannot close the block or open a script of its own, and reads back the same.
    expect(page.match(/<script/g)).toHaveLength(1);
    const opening = `id="${FIRST_SCREEN_DATA_ID}">`;
    const block = page.slice(page.indexOf(opening) + opening.length, page.lastIndexOf('</script>'));
    expect(JSON.parse(block)).toEqual(start);
  });

  it('leaves the page as it was when there is nothing to render, or no empty root to render into', async () => {
    const render = vi.fn(() => Promise.resolve('<main>Dashboard</main>'));
    expect(await withFirstScreen(INDEX, null, render, noLog)).toBe(INDEX);
    const other = INDEX.replace('<div id="root"></div>', '<div id="root"><p>Copy</p></div>');
    expect(await withFirstScreen(other, start, render, noLog)).toBe(other);
    expect(render).not.toHaveBeenCalled();
  });

  it('falls back to the page as it was, and logs, when rendering fails', async () => {
    const log = vi.fn();
    const failure = new Error('render failed');
    expect(await withFirstScreen(INDEX, start, () => Promise.reject(failure), log)).toBe(INDEX);
    expect(log).toHaveBeenCalledWith(failure);
  });
});

describe('splitAtRoot: what can be sent before the first screen is rendered', () => {
  it("is the page up to and including the empty root's opening tag, then the rest", () => {
    const parts = splitAtRoot(INDEX);
    expect(parts?.head.endsWith('<body><div id="root">')).toBe(true);
    expect(parts?.rest.startsWith('</div></body>')).toBe(true);
    expect(parts!.head + parts!.rest).toBe(INDEX);
  });

  it('is nothing when the root is not empty', () => {
    expect(
      splitAtRoot(INDEX.replace('<div id="root"></div>', '<div id="root"><p>Copy</p></div>')),
    ).toBeNull();
  });
});

describe('scriptSafeJson', () => {
  it('writes no character that could end the element it sits in', () => {
    const text = scriptSafeJson({ note: '</script> & <!-- \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ note: '</script> & <!-- \u2028' });
  });
});
