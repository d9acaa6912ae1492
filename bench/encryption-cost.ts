import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { openConnection } from '../db/connection';
import { keyOfExistingFile } from '../db/encryption/unlock';
import { openStore, type Store } from '../db/store';
import { toStretchedForm } from '../db/test-support/stretched-key';
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

const ENCRYPTION = { passphrase: 'bench passphrase, not a secret' };
const OPENS = 100;
const BACKUPS = 20;

function openBoth(folder: string): { plain: Store; encrypted: Store } {
  return {
    plain: openStore({ file: path.join(folder, 'cost-plain.sqlite'), appVersion: 'bench' }),
    encrypted: openStore({
      file: path.join(folder, 'cost-encrypted.sqlite'),
      appVersion: 'bench',
      encryption: ENCRYPTION,
    }),
  };
}

/** A copy of an encrypted file in the form earlier versions wrote: the key stretched by the cipher. */
function stretchedCopy(file: string, key: Buffer): string {
  const copy = file.replace(/\.sqlite$/, '-stretched.sqlite');
  copyFileSync(file, copy);
  toStretchedForm(copy, key);
  return copy;
}

/**
 * Opening a file read-only, as listing, checking and restoring backups do for each one: plain, encrypted
 * with the raw key, and with the stretched key of earlier versions (measured, not remembered).
 */
async function openingCost(plainFile: string, encryptedFile: string): Promise<string> {
  const key = keyOfExistingFile(
    encryptedFile,
    path.join(path.dirname(encryptedFile), 'backups'),
    ENCRYPTION,
  )!;
  const stretched = stretchedCopy(encryptedFile, key);
  const open = (file: string, withKey?: Buffer) => () =>
    openConnection(file, { readonly: true, key: withKey }).db.close();
  const times = await alternate(OPENS, open(plainFile), open(encryptedFile, key));
  const old: number[] = [];
  for (let n = 0; n < 10; n++) old.push(await timed(open(stretched, key)));
  const [plain, encrypted] = [median(times.plain), median(times.encrypted)];
  return `Encryption cost, opening a data file: median ${encrypted.toFixed(2)} ms encrypted (raw key) against ${plain.toFixed(2)} ms plain, ratio ${(encrypted / plain).toFixed(2)}; ${median(old).toFixed(2)} ms with the stretched key of earlier versions`;
}

/** The Backups screen's list: each backup is opened once to tell whose it is and what it holds. */
async function backupsListCost(stores: { plain: Store; encrypted: Store }): Promise<string> {
  for (let n = 0; n < BACKUPS; n++)
    for (const store of [stores.plain, stores.encrypted]) store.handlers['backups.create']({});
  const list = (store: Store) => () => store.handlers['backups.list']({});
  const times = await alternate(20, list(stores.plain), list(stores.encrypted));
  const count = stores.encrypted.handlers['backups.list']({}).backups.length;
  return line(`the backups list (${count} backups)`, 'median', median(times.plain), median(times.encrypted));
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
  lines.push(await backupsListCost(autosaves));
  autosaves.plain.close();
  autosaves.encrypted.close();
  lines.push(await openingCost(autosaves.plain.file, autosaves.encrypted.file));

  const large = {
    plain: openStore({ file: path.join(folder, 'cost-large-plain.sqlite'), appVersion: 'bench' }),
    encrypted: openStore({
      file: path.join(folder, 'cost-large-encrypted.sqlite'),
      appVersion: 'bench',
      encryption: ENCRYPTION,
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
