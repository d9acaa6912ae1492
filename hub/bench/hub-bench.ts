import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startHub } from '../src/server';
import { asReader } from '../src/scope';
import { startThrowawayPostgres } from '../test-support/throwaway-postgres';
import { enrolHome, providerWithAdmin, publicationOf, publish } from '../test-support/hub-fixture';

/**
 * `npm run bench:hub`: the hub on a throwaway PostgreSQL on this machine. 1,000 homes × 40 quarters are
 * loaded straight into the tables; the provider dashboard (homes over time) of a provider with 100 homes
 * is timed against a hand-written SQL query of the same rows in the same run; then 10,000 publications
 * arrive from 50 concurrent senders, and the rate is printed. Bounded in count; only 127.0.0.1 is used.
 */
const HOMES = 1_000;
const QUARTERS = 40;
const PROVIDERS = 10;
const DASHBOARD_RUNS = 40;
const SENDERS = 50;
const PUBLICATIONS = 10_000;
const BATCH = 50;

const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95) - 1]!;
const quarterOf = (i: number) => `${2016 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;

async function main() {
  const cluster = await startThrowawayPostgres();
  try {
    const pgUrl = await cluster.createDatabase('hub_bench');
    const hub = await startHub({ pgUrl, port: 0, host: '127.0.0.1', behindTlsProxy: false, poolSize: 20 });
    const db = hub.pool;

    // The load: homes and their quarters written in bulk, as years of ingest would have left them.
    const started = performance.now();
    const providers = await db.query<{ id: string }>(
      `INSERT INTO providers (name) SELECT 'Provider ' || g FROM generate_series(1, $1) g RETURNING id`,
      [PROVIDERS],
    );
    const providerIds = providers.rows.map((r) => Number(r.id));
    await db.query(
      `INSERT INTO homes (provider_id, name)
       SELECT ($1::bigint[])[1 + (g % $2)], 'Home ' || g FROM generate_series(1, $3) g`,
      [providerIds, PROVIDERS, HOMES],
    );
    const quarters = Array.from({ length: QUARTERS }, (_, i) => quarterOf(i));
    await db.query(
      `INSERT INTO home_reviews (home_id, provider_id, quarter, status, signed_on, overall,
         experiences_and_progress, helped_and_protected, leaders_and_managers, detail)
       SELECT h.id, h.provider_id, q, 'signed_off', DATE '2026-01-01', 1 + (abs(hashtext(h.id::text || q)) % 4),
              1 + (abs(hashtext(q || h.id::text)) % 4), 1 + (abs(hashtext(h.name || q)) % 4), 2, '{}'::jsonb
       FROM homes h CROSS JOIN unnest($1::text[]) q`,
      [quarters],
    );
    await db.query('ANALYZE');
    console.log(
      `Loaded ${HOMES} homes × ${QUARTERS} quarters in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    // The dashboard of one provider (100 homes), through the service, against hand-written SQL.
    const scope = { providerId: providerIds[0]!, role: 'ri' as const, localAuthority: null };
    const user = { ...scope, userId: 0, email: 'bench@example', mustChangePassword: false };
    const service: number[] = [];
    const handWritten: number[] = [];
    for (let i = 0; i < DASHBOARD_RUNS; i++) {
      let t = performance.now();
      const homes = await hub.services.reads.homesOverTime(user);
      service.push(performance.now() - t);
      t = performance.now();
      const rows = await db.query(
        `SELECT h.id, h.name, r.quarter, r.overall, r.experiences_and_progress, r.helped_and_protected,
                r.leaders_and_managers
           FROM homes h LEFT JOIN home_reviews r ON r.home_id = h.id AND r.status = 'signed_off'
          WHERE h.provider_id = $1 ORDER BY h.name, r.quarter`,
        [scope.providerId],
      );
      handWritten.push(performance.now() - t);
      if (homes.length !== HOMES / PROVIDERS || rows.rowCount !== (HOMES / PROVIDERS) * QUARTERS) {
        throw new Error('The two reads disagree on what the provider has');
      }
    }
    await asReader(db, scope, async () => undefined);
    const ratio = p95(service) / p95(handWritten);
    console.log(
      `Provider dashboard, ${HOMES / PROVIDERS} homes × ${QUARTERS} quarters: p95 ${p95(service).toFixed(1)} ms ` +
        `(goal under 300 ms); hand-written SQL p95 ${p95(handWritten).toFixed(1)} ms; ratio ${ratio.toFixed(2)} (goal at most 1.5)`,
    );

    // Ingest: 50 homes of a new provider, each its own sender, 200 publications each in batches of 50.
    const { admin } = await providerWithAdmin(hub, 'Ingest Care');
    const senders = await Promise.all(
      Array.from({ length: SENDERS }, (_, i) => enrolHome(hub, admin, `Sender ${i}`)),
    );
    const perSender = PUBLICATIONS / SENDERS;
    const t = performance.now();
    await Promise.all(
      senders.map(async (home) => {
        for (let from = 1; from <= perSender; from += BATCH) {
          const batch = Array.from({ length: BATCH }, (_, k) =>
            publicationOf(home.homeId, from + k, {
              kind: 'action.saved',
              ref: from + k,
              title: `Action ${randomUUID()}`,
              owner: 'Sam',
              dueOn: '2026-12-01',
              status: 'open',
            }),
          );
          const r = await publish(hub, home.credential, batch);
          if (r.status !== 200) throw new Error(`ingest refused: ${r.text}`);
        }
      }),
    );
    const seconds = (performance.now() - t) / 1000;
    const stored = await db.query<{ n: string }>('SELECT count(*) AS n FROM publications');
    console.log(
      `Ingest: ${PUBLICATIONS} publications from ${SENDERS} concurrent senders in ${seconds.toFixed(1)} s: ` +
        `${Math.round(PUBLICATIONS / seconds)} a second (${stored.rows[0]!.n} stored)`,
    );
    await hub.close();
  } finally {
    cluster.stop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
