import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real PostgreSQL cluster for one test file: Debian's postgresql 15 binaries, initdb into a temporary
 * folder, started on a free port on 127.0.0.1, removed afterwards. initdb refuses to run as root, so as
 * root the cluster belongs to the package's `postgres` user. No database is mocked anywhere.
 */
const BIN = process.env.HUB_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const SUPERUSER = 'hub_test';

export interface ThrowawayPostgres {
  /** A connection URL for a database of this cluster (created by createDatabase). */
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  /** Stops the cluster at once (as a crash would) and removes its folder. */
  stop(): void;
}

/**
 * Whether to run the hub's tests: where PostgreSQL is not installed they say so and skip, except in CI
 * (.ci/run installs it), where a missing PostgreSQL must fail them rather than hide them.
 */
export function postgresAvailable(): boolean {
  return (existsSync(join(BIN, 'initdb')) && existsSync(join(BIN, 'pg_ctl'))) || process.env.CI === 'true';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function runAsOwner(asRoot: boolean, command: string, args: string[]): void {
  const [file, fileArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, fileArgs, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const asRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(join(tmpdir(), 'hub-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  chmodSync(folder, 0o700);
  const data = join(folder, 'data');
  const port = await freePort();
  // fsync off: a test cluster's durability is not under test, and it keeps the shared machine quick.
  runAsOwner(asRoot, join(BIN, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    SUPERUSER,
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  runAsOwner(asRoot, join(BIN, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    join(folder, 'log'),
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  const url = (database: string) => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    async createDatabase(name: string) {
      const { Client } = await import('pg');
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runAsOwner(asRoot, join(BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
