import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../contract/dashboard';
import { currentFramework } from '../framework';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { createHistoryReader, toHistory, track } from './history';

const tempFolder = useTempFolder();

const point = (quarter: string, overall: 1 | 2 | 3 | 4 | null): HistoryPoint => ({
  reviewId: 1,
  quarter,
  frameworkVersion: 1,
  overall,
  judgements: {},
  sccif: null,
});

describe('track', () => {
  it('has nothing to say about an empty history', () => {
    expect(track([], (p) => p.overall)).toEqual({
      latest: null,
      previous: null,
      movement: null,
      streaks: { goodOrBetter: 0, outstanding: 0 },
      stability: { changes: 0, reviews: 0 },
    });
  });

  it('gives the latest and previous grade, the movement between them, streaks and stability', () => {
    const history = [point('2025-Q4', 2), point('2026-Q1', 4), point('2026-Q2', 3)];
    expect(track(history, (p) => p.overall)).toEqual({
      latest: 3,
      previous: 4,
      movement: 'declined',
      streaks: { goodOrBetter: 2, outstanding: 0 },
      stability: { changes: 2, reviews: 3 },
    });
  });

  it('reads a single review as a latest grade with nothing before it', () => {
    expect(track([point('2026-Q2', 4)], (p) => p.overall)).toMatchObject({
      latest: 4,
      previous: null,
      movement: null,
      stability: { changes: 0, reviews: 1 },
    });
  });
});

describe('toHistory', () => {
  it('keeps completed reviews only, in order, with version 0 when the version is unknown', () => {
    expect(
      toHistory([
        { id: 1, quarter: '2026-Q1', status: 'completed', overall: 3, judgements: { a: 3 } },
        { id: 2, quarter: '2026-Q2', status: 'draft', overall: null, judgements: {} },
        { id: 3, quarter: '2026-Q3', status: 'completed', overall: 2, judgements: {}, frameworkVersion: 1 },
      ]),
    ).toEqual([
      { reviewId: 1, quarter: '2026-Q1', frameworkVersion: 0, overall: 3, judgements: { a: 3 }, sccif: null },
      { reviewId: 3, quarter: '2026-Q3', frameworkVersion: 1, overall: 2, judgements: {}, sccif: null },
    ]);
  });
});

describe('the history reader', () => {
  it("reads each home's reviews with their domain judgements, oldest quarter first, never mixing homes", () => {
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't' });
    const h = store.handlers;
    const add = (name: string) => h['homes.create']({ name, urn: null, registeredManager: null, places: 2 });
    const oak = add('Oak');
    const elm = add('Elm');
    add('Ash');
    const oakLater = h['reviews.start']({ homeId: oak.id, quarter: '2026-Q3' });
    const elmOnly = h['reviews.start']({ homeId: elm.id, quarter: '2026-Q2' });
    const oakEarlier = h['reviews.start']({ homeId: oak.id, quarter: '2026-Q1' });
    const domain = oakEarlier.domains[0]!.key;
    store.db
      .prepare('UPDATE review_domains SET judgement = 4 WHERE review_id = ? AND domain_key = ?')
      .run(oakEarlier.id, domain);

    const reader = createHistoryReader(store.db);
    const oakHistory = reader.forHome(oak.id);
    expect(oakHistory.map((r) => [r.id, r.quarter, r.status, r.frameworkVersion])).toEqual([
      [oakEarlier.id, '2026-Q1', 'draft', currentFramework.version],
      [oakLater.id, '2026-Q3', 'draft', currentFramework.version],
    ]);
    expect(Object.keys(oakHistory[0]!.judgements).sort()).toEqual(
      oakEarlier.domains.map((d) => d.key).sort(),
    );
    expect(oakHistory[0]!.judgements[domain]).toBe(4);
    expect(oakHistory[1]!.judgements[domain]).toBeNull();

    const all = reader.forAllHomes();
    expect([...all.keys()].sort()).toEqual([oak.id, elm.id].sort());
    expect(all.get(oak.id)).toEqual(oakHistory);
    expect(all.get(elm.id)!.map((r) => r.id)).toEqual([elmOnly.id]);
    expect(reader.forHome(999)).toEqual([]);
    store.close();
  });
});
