import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, MAX_REQUEST_CHARS } from '../contract/dispatch';
import type { Result } from '../contract/result';
import type { StartupData } from '../contract/operations';
import { CONTENT_SECURITY_POLICY } from '../shell-shared/csp';
import { log } from '../db/log/logger';
import type { EncryptionOptions } from '../db/encryption/unlock';
import type { EncryptionProgress } from '../db/encryption/encrypt-in-place';
import { StoreOpenError, type Store } from '../db/store';
import { checkApiRequest, checkFormRequest } from './request-guard';
import { readStaticFile } from './static-files';
import {
  firstScreenAndRest,
  firstScreenData,
  splitAtRoot,
  type RenderFirstScreen,
} from '../shell-shared/first-screen';
import { openStoreAsChosen, type StartUpChoice } from './start-up-choice';
import { recoveryKeyPage, UNLOCK_PAGE_CSP, UNLOCK_STYLES, unlockPage } from './unlock-pages';

export interface WebServerOptions extends StartUpChoice {
  dbFile: string;
  rendererDir: string;
  appVersion: string;
  port?: number;
  /** Fixed only in tests; normally a fresh random key each run. */
  key?: string;
  /** The clock; only the e2e harness sets it (see test-clock.ts). */
  now?: () => Date;
  /** The passphrase (browser mode has no key store); tests may also pass cheaper key stretching. */
  encryption?: EncryptionOptions;
  onEncryptionProgress?: EncryptionProgress;
  /** Serve a print snapshot read-only with this key (npm run report): see StoreOptions.readOnlySnapshot. */
  readOnlySnapshot?: { key: Buffer | null };
  /**
   * Renders the dashboard into index.html before it is sent (shell-shared/first-screen.ts): cli.ts loads
   * the renderer's built one (scripts/build-node.mjs). Without it the page renders itself.
   */
  renderFirstScreen?: RenderFirstScreen;
}

export interface WebServer {
  /** The address to open, with this run's key. */
  url: string;
  origin: string;
  /** Problems that did not stop the data opening, such as a failed backup. */
  warnings: string[];
  /** Why the data is locked (the unlock page is served instead of the app), or null. */
  locked: string | null;
  /** The recovery key made at set-up, until the manager says it is kept; shown at /recovery-key. */
  recoveryKeyToShow: string | null;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * The build names every file under /assets/ by a hash of its content, so a name never changes its
 * content: the browser may keep them, and Chromium then also keeps the scripts compiled (its code
 * cache) instead of parsing half a megabyte again for each window or report. The page itself and the
 * API's answers are never kept.
 */
const IMMUTABLE = { 'Cache-Control': 'private, max-age=31536000, immutable' };

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer | string,
  cache: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...cache, 'Content-Type': type });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_CHARS * 4) return null;
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.length > MAX_REQUEST_CHARS ? null : text;
}

/** Serves the built renderer and the contract over HTTP on 127.0.0.1, backed by the same store as the app. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const open = (recoveryKey: string | null) =>
    openStoreAsChosen(
      {
        file: options.dbFile,
        appVersion: options.appVersion,
        now: options.now,
        // Only unit tests leave encryption out, for a plain file.
        encryption: options.encryption ? { ...options.encryption, recoveryKey } : undefined,
        onEncryptionProgress: options.onEncryptionProgress,
        readOnlySnapshot: options.readOnlySnapshot,
      },
      options,
    );
  let store: Store | null = null;
  let locked: string | null = null;
  try {
    store = open(null);
  } catch (error) {
    // Locked data is not a reason to stop: the unlock page asks for the recovery key.
    if (!(error instanceof StoreOpenError) || error.kind !== 'locked') throw error;
    locked = error.message;
  }
  const key = options.key ?? randomBytes(24).toString('base64url');
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      log.error('web_request_failed', {}, error);
      if (!res.headersSent) {
        sendResult(res, 500, {
          ok: false,
          error: { code: 'internal', message: 'Something went wrong and nothing was changed. Try again.' },
        });
      }
    });
  });

  function sendPage(res: ServerResponse, status: number, html: string) {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': UNLOCK_PAGE_CSP,
      'Content-Type': 'text/html; charset=utf-8',
    });
    res.end(html);
  }

  function redirectToApp(res: ServerResponse) {
    res.writeHead(303, { ...SECURITY_HEADERS, Location: `/?key=${key}` });
    res.end();
  }

  /** The unlock and recovery key forms: same page, same run's key, as the API asks. */
  async function handleForm(req: IncomingMessage, res: ServerResponse, path: string) {
    const form = new URLSearchParams((await readBody(req)) ?? '');
    const refused = checkFormRequest(req.headers, origin, key, form.get('key') ?? '');
    if (refused) return send(res, 403, 'text/plain; charset=utf-8', refused);
    if (path === '/recovery-key/kept') {
      store?.recoveryKeyKept();
      return redirectToApp(res);
    }
    const lockedBecause = locked;
    if (!lockedBecause) return redirectToApp(res);
    try {
      store = open(form.get('recovery') ?? '');
      locked = null;
      log.info('unlocked_with_recovery_key', {});
      return redirectToApp(res);
    } catch (error) {
      if (!(error instanceof StoreOpenError) || error.kind !== 'locked') throw error;
      const typed = (form.get('recovery') ?? '').trim();
      const problem = typed
        ? 'That recovery key does not open this data. Check each group of five characters and try again.'
        : 'Enter the recovery key.';
      return sendPage(res, 200, unlockPage(lockedBecause, key, problem));
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'POST' && (path === '/unlock' || path === '/recovery-key/kept'))
      return handleForm(req, res, path);
    if (path === '/unlock.css') return send(res, 200, 'text/css; charset=utf-8', UNLOCK_STYLES);
    if (path === '/api/invoke' && (locked || !store)) {
      return sendResult(res, 503, {
        ok: false,
        error: { code: 'locked', message: locked ?? 'The data is not open.' },
      });
    }
    if (
      locked &&
      req.method === 'GET' &&
      req.headers.host === new URL(origin).host &&
      !path.startsWith('/assets/')
    )
      return sendPage(res, 200, unlockPage(locked, key));
    // The recovery key opens the app lock too, so its sheet is not served while the app is locked.
    if (
      path === '/recovery-key' &&
      req.method === 'GET' &&
      store?.recoveryKeyToShow &&
      !store.handlers['appLock.status']({}).locked
    ) {
      const given = new URL(req.url ?? '/', origin).searchParams.get('key') ?? '';
      if (checkFormRequest({ ...req.headers, origin }, origin, key, given))
        return send(
          res,
          403,
          'text/plain; charset=utf-8',
          'Use the address Hallmarks printed when it started.',
        );
      return sendPage(res, 200, recoveryKeyPage(store.recoveryKeyToShow, options.dbFile, key));
    }
    if (path === '/api/invoke' && store) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      const refused = checkApiRequest(req.headers, origin, key);
      if (refused) return sendResult(res, 403, { ok: false, error: { code: 'forbidden', message: refused } });
      const body = await readBody(req);
      if (body === null) {
        return sendResult(res, 413, {
          ok: false,
          error: { code: 'invalid_input', message: 'That is too much text to save at once.' },
        });
      }
      let request: { name?: unknown; input?: unknown };
      try {
        request = JSON.parse(body) as typeof request;
      } catch {
        return sendResult(res, 400, {
          ok: false,
          error: { code: 'invalid_input', message: 'The request was not in the form the app expects.' },
        });
      }
      const handlers = store.handlers;
      return sendResult(
        res,
        200,
        await dispatch(
          handlers,
          request?.name,
          request?.input,
          (error) => log.error('operation_failed', { operation: String(request?.name) }, error),
          options.now,
        ),
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    if (req.headers.host !== new URL(origin).host)
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    const file = await readStaticFile(options.rendererDir, path);
    if (file.status === 200 && (path === '/' || path === '/index.html') && req.method === 'GET')
      return sendIndex(req, res, file.type, file.body);
    send(
      res,
      file.status,
      file.type,
      file.body,
      file.status === 200 && path.startsWith('/assets/') ? IMMUTABLE : {},
    );
  }

  /**
   * The page with its first screen rendered in, when it is asked for with this run's key (the address
   * Hallmarks printed): a page asked for without it carries no data, as the API answers nothing without
   * it. A reload (the page has taken the key out of its address) renders itself, as before.
   * Streamed: the page up to its root element (which names the scripts and the stylesheet) goes at once,
   * so the browser fetches them while the data is read and the screen rendered. Module scripts run only
   * once the document is whole, so the page hydrates the whole screen, never a part of it.
   */
  async function sendIndex(req: IncomingMessage, res: ServerResponse, type: string, body: Buffer | string) {
    const render = options.renderFirstScreen;
    const open = locked ? null : store;
    const given = new URL(req.url ?? '/', origin).searchParams.get('key') ?? '';
    const parts = splitAtRoot(body.toString());
    if (!render || !open || !parts || checkFormRequest({ ...req.headers, origin }, origin, key, given))
      return send(res, 200, type, body);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type });
    res.write(parts.head);
    const logError = (error: unknown) => log.error('first_screen_render_failed', {}, error);
    let data: StartupData | null = null;
    try {
      data = await firstScreenData(open.handlers, options.now ?? (() => new Date()), logError);
    } catch (error) {
      logError(error);
    }
    res.end(await firstScreenAndRest(parts.rest, data, render, logError));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    warnings: store?.warnings ?? [],
    get locked() {
      return locked;
    },
    get recoveryKeyToShow() {
      return store?.recoveryKeyToShow ?? null;
    },
    url: `${origin}/?key=${key}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store?.close();
          resolve();
        });
      }),
  };
}
