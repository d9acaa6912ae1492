import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { hubMigrations } from '../migrations';
import { createAccounts } from './accounts';
import { createEnrolment } from './enrolment';
import { HubError } from './hub-error';
import { sendError, sendJson } from './http-io';
import { migrateHub } from './migrate';
import { createProviderReads } from './provider-reads';
import { createRatingRounds } from './rating-rounds';
import { route, type HubServices } from './routes';
import { servePage } from './static-pages';
import { requestIsSecure, transportRefusal, type TransportOptions } from './transport-security';

export interface HubOptions extends TransportOptions {
  pgUrl: string;
  port: number;
  host: string;
  /** Certificate and key (PEM) when the hub ends TLS itself. */
  tls?: { cert: string; key: string };
  /** The built provider pages (dist/hub-pages); without them only the API is served. */
  pagesDir?: string;
  now?: () => Date;
  poolSize?: number;
}

export interface RunningHub {
  url: string;
  pool: Pool;
  services: HubServices;
  close(): Promise<void>;
}

async function handle(services: HubServices, options: HubOptions, req: IncomingMessage, res: ServerResponse) {
  const refusal = transportRefusal(req, options);
  if (refusal) {
    sendJson(res, 403, { ok: false, error: { code: 'tls_required', message: refusal, details: [] } });
    return;
  }
  try {
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    const ctx = { req, res, url, secure: requestIsSecure(req, options) };
    if (await route(services, ctx)) return;
    if (options.pagesDir && (await servePage(options.pagesDir, url.pathname, res))) return;
    throw new HubError(404, 'not_found', 'There is nothing at that address.');
  } catch (error) {
    if (error instanceof HubError) {
      sendError(res, error);
    } else {
      // The detail goes to the log, never to the caller: it may name tables or values.
      console.error('hub_request_failed', (error as Error).message);
      sendError(
        res,
        new HubError(
          500,
          'hub_failed',
          'The hub could not do that just now. Nothing was changed; try again.',
        ),
      );
    }
    if (!res.writableEnded) res.end();
  }
}

/** Migrates the database, then listens. Stateless: any number of these can share one database. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const pool = new Pool({ connectionString: options.pgUrl, max: options.poolSize ?? 10 });
  // A dropped idle connection must not bring the hub down; the next query opens a new one.
  pool.on('error', (error) => console.error('hub_pool_error', error.message));
  await migrateHub(pool, hubMigrations);
  const now = options.now ?? (() => new Date());
  const services: HubServices = {
    pool,
    now,
    accounts: createAccounts(pool, now),
    enrolment: createEnrolment(pool, now),
    reads: createProviderReads(pool),
    ratings: createRatingRounds(pool),
  };
  // handle() answers every error itself; a failure to even answer drops the connection.
  const listener = (req: IncomingMessage, res: ServerResponse) =>
    void handle(services, options, req, res).catch(() => res.destroy());
  const server: Server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
    pool,
    services,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
