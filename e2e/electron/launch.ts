import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import {
  electronVersion,
  ensureNativeBinding,
  findElectronBinary,
  nativeBindingPath,
  ROOT,
} from '../../scripts/electron-runtime.cjs';

/** Checked without require('electron'), which would try to download a missing binary. */
export const electronInstalled = findElectronBinary() !== null;
export const SKIP_REASON =
  'Electron binary not installed on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same UI is tested in browser mode';

const MAIN = path.join(ROOT, 'dist', 'electron', 'main.cjs');

export interface Launcher {
  /** Starts the app on this test's own database and profile; call again to restart on the same data. */
  /** `errors` collects uncaught page errors and CSP violations. */
  launch(): Promise<{ app: ElectronApplication; page: Page; errors: string[] }>;
}

/** Every test gets its own data folder and profile, so runs never share a database or instance lock. */
export const test = base.extend<{ electron: Launcher }>({
  // Playwright reads fixture dependencies from this pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  electron: async ({}, use, testInfo) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-electron-'));
    const running: ElectronApplication[] = [];
    // The first run builds SQLite for Electron, which takes about a minute.
    if (!existsSync(nativeBindingPath({ version: electronVersion() })))
      testInfo.setTimeout(testInfo.timeout + 300_000);
    const binding = ensureNativeBinding();
    // ELECTRON_RUN_AS_NODE, inherited from a parent shell, would make Electron behave as plain Node.
    const inherited = Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
    );
    const env = { ...Object.fromEntries(inherited), HALLMARKS_NATIVE_BINDING: binding };
    await use({
      async launch() {
        for (const app of running.splice(0)) await app.close();
        const app = await _electron.launch({
          args: [
            MAIN,
            '--db',
            path.join(folder, 'hallmarks.sqlite'),
            '--profile',
            path.join(folder, 'profile'),
          ],
          env,
        });
        running.push(app);
        const page = await app.firstWindow();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        // A CSP violation is only reported on the console, so watch for it there.
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) errors.push(message.text());
        });
        return { app, page, errors };
      },
    });
    for (const app of running) await app.close().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
  },
});

export { expect };
