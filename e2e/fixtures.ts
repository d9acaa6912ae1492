import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { buildSituation } from './reflow/situations';
import { copyOfBuiltOnce } from './run-cache';
import { E2E_PASSPHRASE } from './data-file';

const CLI = path.join(__dirname, '..', 'dist', 'web', 'cli.cjs');
// Every spec's data is encrypted, as a manager's is; programs the specs start (npm run report) inherit it.
process.env.HALLMARKS_PASSPHRASE ??= E2E_PASSPHRASE;

export interface BrowserModeApp {
  /** The address to open, including this run's key. Changes after restart(). */
  url: string;
  dbFile: string;
  /** Stops the server and starts it again on the same database file. */
  restart(): Promise<void>;
  /** Sets the server's clock to this instant (ISO timestamp), or back to the real time with null. */
  setClock(instant: string | null): void;
}

/** Starts browser mode on `dbFile` and resolves with the address it prints. */
export function startServer(
  dbFile: string,
  clockFile?: string,
): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, '--db', dbFile, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: clockFile ? { ...process.env, HALLMARKS_TEST_CLOCK_FILE: clockFile } : process.env,
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        resolve({ url: match[1], process: child });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`Browser mode exited (${code}) before starting:\n${output}`)),
    );
  });
}

/**
 * Stops a browser-mode server. The pages showing it leave it first: a screen still loading part of
 * itself (a lazily loaded chunk) when its server goes away would otherwise throw an uncaught error that
 * the test, already finished, did not cause.
 */
export async function stopServer(child: ChildProcess, pages: Page[] = []): Promise<void> {
  await Promise.all(pages.filter((page) => !page.isClosed()).map((page) => page.goto('about:blank')));
  if (child.exitCode !== null) return;
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The sample home ("Explore with sample data"), served for tests that only read it. */
export interface SampleHome {
  /** The address to open, including the server's key: it opens on the sample home's dashboard. */
  url: string;
  dbFile: string;
}

/**
 * Every test gets its own data folder and its own browser-mode server. Uncaught errors in the page
 * fail the test. Tests that only read the sample home share one server per worker instead
 * (`sampleHome`), on a copy of data built once per run: such a test must not change anything.
 */
export const test = base.extend<{ app: BrowserModeApp; pageErrors: Error[] }, { sampleHome: SampleHome }>({
  sampleHome: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-e2e-sample-'));
      const dbFile = path.join(folder, 'hallmarks.sqlite');
      await copyOfBuiltOnce(
        'situation the sample home',
        (file) => buildSituation('the sample home', file),
        dbFile,
      );
      const server = await startServer(dbFile);
      await use({ url: server.url, dbFile });
      await stopServer(server.process);
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  app: async ({ context }, use) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-e2e-'));
    const dbFile = path.join(folder, 'hallmarks.sqlite');
    const clockFile = path.join(folder, 'clock.txt');
    writeFileSync(clockFile, '');
    let server = await startServer(dbFile, clockFile);
    const app: BrowserModeApp = {
      url: server.url,
      dbFile,
      async restart() {
        await stopServer(server.process, context.pages());
        server = await startServer(dbFile, clockFile);
        app.url = server.url;
      },
      setClock: (instant) => writeFileSync(clockFile, instant ?? ''),
    };
    await use(app);
    await stopServer(server.process, context.pages());
    rmSync(folder, { recursive: true, force: true });
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
