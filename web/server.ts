import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, MAX_REQUEST_CHARS } from '../contract/dispatch';
import type { Result } from '../contract/result';
import { CONTENT_SECURITY_POLICY } from '../shell-shared/csp';
import { log } from '../db/log/logger';
import { checkApiRequest } from './request-guard';
import { readStaticFile } from './static-files';
import { openStoreAsChosen, type StartUpChoice } from './start-up-choice';

export interface WebServerOptions extends StartUpChoice {
  dbFile: string;
  rendererDir: string;
  appVersion: string;
  port?: number;
  /** Fixed only in tests; normally a fresh random key each run. */
  key?: string;
  /** The clock; only the e2e harness sets it (see test-clock.ts). */
  now?: () => Date;
}

export interface WebServer {
  /** The address to open, with this run's key. */
  url: string;
  origin: string;
  /** Problems that did not stop the data opening, such as a failed backup. */
  warnings: string[];
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
  const store = openStoreAsChosen(
    { file: options.dbFile, appVersion: options.appVersion, now: options.now },
    options,
  );
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

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api/invoke') {
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
      return sendResult(
        res,
        200,
        await dispatch(
          store.handlers,
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
    send(
      res,
      file.status,
      file.type,
      file.body,
      file.status === 200 && path.startsWith('/assets/') ? IMMUTABLE : {},
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    warnings: store.warnings,
    url: `${origin}/?key=${key}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          store.close();
          resolve();
        });
      }),
  };
}
