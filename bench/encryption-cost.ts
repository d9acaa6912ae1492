import path from 'node:path';
import { openStore, type Store } from '../db/store';
import { p95, prepareNoteSave } from './autosave';
import { fillLargeDatabase } from './large-database';
import { median } from './timing';

const GOAL_RATIO = 1.15;
const NOTE_CHARS = 100_000;
const SAVES = 200;
const DASHBOARD_RUNS = 60;

async function timed(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs the same work on the plain and the encrypted file in turn, run by run, so a busy machine slows
 * both alike instead of whichever happened to run second.
 */
async function alternate(runs: number, plain: (n: number) => unknown, encrypted: (n: number) => unknown) {
  const times = { plain: [] as number[], encrypted: [] as number[] };
  for (let n = 0; n < runs; n++) {
    times.plain.push(await timed(() => plain(n)));
    times.encrypted.push(await timed(() => encrypted(n)));
  }
  return times;
}

function line(label: string, statistic: string, plain: number, encrypted: number): string {
  const ratio = encrypted / plain;
  const verdict = ratio <= GOAL_RATIO ? 'within goal' : 'OVER GOAL';
  return `Encryption cost, ${label}: ${statistic} ${encrypted.toFixed(2)} ms encrypted against ${plain.toFixed(2)} ms plain, ratio ${ratio.toFixed(2)} (goal <= ${GOAL_RATIO}) ${verdict}`;
}

function openBoth(folder: string): { plain: Store; encrypted: Store } {
  return {
    plain: openStore({ file: path.join(folder, 'cost-plain.sqlite'), appVersion: 'bench' }),
    encrypted: openStore({
      file: path.join(folder, 'cost-encrypted.sqlite'),
      appVersion: 'bench',
      encryption: { passphrase: 'bench passphrase, not a secret' },
    }),
  };
}

async function autosaveCost(stores: { plain: Store; encrypted: Store }): Promise<string[]> {
  const times = await alternate(SAVES, prepareNoteSave(stores.plain), prepareNoteSave(stores.encrypted));
  const label = `autosave of a ${NOTE_CHARS.toLocaleString('en-GB')}-character note`;
  return [
    line(label, 'median', median(times.plain), median(times.encrypted)),
    line(label, 'p95', p95(times.plain), p95(times.encrypted)),
  ];
}

/**
 * The cost of encryption (SQLite3MultipleCiphers, ChaCha20-Poly1305) against a plain file, measured in
 * the same run on the same data: autosave, and the dashboard and provider view of 50 homes × 40 quarters.
 */
export async function encryptionCostFigures(
  folder: string,
  homes: number,
  quarters: number,
): Promise<string[]> {
  const autosaves = openBoth(folder);
  const lines = await autosaveCost(autosaves);
  autosaves.plain.close();
  autosaves.encrypted.close();

  const large = {
    plain: openStore({ file: path.join(folder, 'cost-large-plain.sqlite'), appVersion: 'bench' }),
    encrypted: openStore({
      file: path.join(folder, 'cost-large-encrypted.sqlite'),
      appVersion: 'bench',
      encryption: { passphrase: 'bench passphrase, not a secret' },
    }),
  };
  fillLargeDatabase(large.plain.db, homes, quarters);
  fillLargeDatabase(large.encrypted.db, homes, quarters);
  // Both read from their main file, not from a WAL only one of them still holds.
  for (const store of [large.plain, large.encrypted]) store.db.pragma('wal_checkpoint(TRUNCATE)');
  const dashboard = (store: Store) => () => store.handlers['dashboard.get']({ homeId: 1 });
  const provider = (store: Store) => () => store.handlers['provider.overview']({});
  await alternate(5, dashboard(large.plain), dashboard(large.encrypted));
  const dash = await alternate(DASHBOARD_RUNS, dashboard(large.plain), dashboard(large.encrypted));
  lines.push(
    line(
      `dashboard data, ${homes} homes × ${quarters} quarters`,
      'median',
      median(dash.plain),
      median(dash.encrypted),
    ),
  );
  const all = await alternate(10, provider(large.plain), provider(large.encrypted));
  lines.push(
    line(
      `provider view data, ${homes} homes × ${quarters} quarters`,
      'median',
      median(all.plain),
      median(all.encrypted),
    ),
  );
  large.plain.close();
  large.encrypted.close();
  return lines;
}
