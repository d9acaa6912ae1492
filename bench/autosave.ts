import path from 'node:path';
import { dispatch } from '../contract/dispatch';
import { openConnection } from '../db/connection';
import { currentFramework } from '../db/framework';
import { openStore, type Store } from '../db/store';

const NOTE_CHARS = 100_000;
const RUNS = 200;
const GOAL_P95_MS = 50;

export function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1]!;
}

async function timeEach(runs: number, fn: (n: number) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let n = 0; n < runs; n++) {
    const start = process.hrtime.bigint();
    await fn(n);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

const note = (n: number) =>
  `${n} `.padEnd(NOTE_CHARS, 'Evidence from the house meeting and the keyworker session. ');

/** A home and a review in `store`, and a function saving the n-th 100,000-character note through the contract. */
export function prepareNoteSave(store: Store): (n: number) => Promise<void> {
  const home = store.handlers['homes.create']({
    name: 'Bench',
    urn: null,
    registeredManager: null,
    places: 2,
  });
  const review = store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
  const indicatorKey = currentFramework.domains[0]!.indicators[0]!.key;
  return async (n) => {
    const result = await dispatch(store.handlers, 'reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey,
      rating: 3,
      note: note(n),
      sources: [],
      otherSource: '',
      discuss: false,
    });
    if (!result.ok) throw new Error(result.error.message);
  };
}

/**
 * The autosave figure: a 100,000-character evidence note saved through the contract (as the app does)
 * and acknowledged after COMMIT with synchronous=FULL, against a bare INSERT of the same text into a
 * file with the same settings, in the same run.
 */
export async function autosaveFigure(folder: string): Promise<string> {
  const store = openStore({ file: path.join(folder, 'autosave.sqlite'), appVersion: 'bench' });
  const synchronous = store.db.pragma('synchronous', { simple: true });
  const save = prepareNoteSave(store);
  const saves = await timeEach(RUNS, save);
  store.close();

  const { db } = openConnection(path.join(folder, 'bare-insert.sqlite'));
  db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  const inserts = await timeEach(RUNS, (n) => insert.run(note(n)));
  db.close();

  const app = p95(saves);
  const bare = p95(inserts);
  const verdict = app < GOAL_P95_MS ? 'within goal' : 'OVER GOAL';
  return `Autosave of a ${NOTE_CHARS.toLocaleString('en-GB')}-character note, acknowledged after COMMIT (synchronous=${synchronous === 2 ? 'FULL' : String(synchronous)}): p95 ${app.toFixed(2)} ms over ${RUNS} saves (goal < ${GOAL_P95_MS} ms) ${verdict}; bare INSERT of the same text p95 ${bare.toFixed(2)} ms; ratio ${(app / bare).toFixed(2)}`;
}
