import { CONTENT_SECURITY_POLICY } from '../../shell-shared/csp';
import { electronInstalled, expect, SKIP_REASON, test } from './launch';

test.skip(!electronInstalled, SKIP_REASON);

// Page code runs in the browser; these spell out the few browser globals it touches.
type Bridge = {
  hallmarks: Record<string, unknown> & { invoke(name: string, input?: unknown): Promise<unknown> };
};
type Browser = { open(url: string): unknown; location: { href: string; origin: string } };

test('the renderer has no Node and sees only the narrow bridge', async ({ electron }) => {
  const { page } = await electron.launch();
  await expect(page).toHaveURL(/^app:\/\/hallmarks\//);
  const globals = await page.evaluate(() => [typeof require, typeof process, typeof module, typeof Buffer]);
  expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  const bridge = await page.evaluate(() => Object.keys((globalThis as unknown as Bridge).hallmarks));
  expect(bridge).toEqual(['invoke']);
});

test('the bridge carries contract operations and nothing else', async ({ electron }) => {
  const { page } = await electron.launch();
  const info = await page.evaluate(() => (globalThis as unknown as Bridge).hallmarks.invoke('app.info', {}));
  expect(info).toMatchObject({ ok: true, value: { version: expect.any(String) } });
  const refused = await page.evaluate(() =>
    (globalThis as unknown as Bridge).hallmarks.invoke('fs.readFile', {}).then(
      () => 'ran',
      (error: Error) => error.message,
    ),
  );
  expect(refused).toMatch(/not one of the app's operations/);
});

test('the window is isolated and sandboxed', async ({ electron }) => {
  const { app } = await electron.launch();
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // Undocumented but long-standing; if it disappears this test fails and says so.
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
      getLastWebPreferences?: () => Record<string, unknown> | null;
    };
    return contents.getLastWebPreferences?.() ?? 'getLastWebPreferences is no longer available';
  });
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
  });
});

test('pages cannot open windows or navigate away', async ({ electron }) => {
  const { app, page } = await electron.launch();
  expect(await page.evaluate(() => (globalThis as unknown as Browser).open('about:blank'))).toBeNull();

  await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    (globalThis as unknown as { attempt: Promise<unknown> }).attempt = new Promise((resolve) =>
      contents.once('will-navigate', (event) =>
        resolve({ url: event.url, prevented: event.defaultPrevented }),
      ),
    );
  });
  await page.evaluate(() => {
    (globalThis as unknown as Browser).location.href = 'https://example.com/';
  });
  const attempt = await app.evaluate(() => (globalThis as unknown as { attempt: Promise<unknown> }).attempt);
  expect(attempt).toEqual({ url: 'https://example.com/', prevented: true });
  expect(await page.evaluate(() => (globalThis as unknown as Browser).location.origin)).toBe(
    'app://hallmarks',
  );
});

test('app:// answers with the CSP and refuses to leave the renderer folder', async ({ electron }) => {
  const { page } = await electron.launch();
  const result = await page.evaluate(async () => {
    const index = await fetch('app://hallmarks/index.html');
    const escape = await fetch('app://hallmarks/..%2f..%2fpackage.json');
    return { csp: index.headers.get('content-security-policy'), escape: escape.status };
  });
  expect(result.csp).toBe(CONTENT_SECURITY_POLICY);
  expect([403, 404]).toContain(result.escape);
});
