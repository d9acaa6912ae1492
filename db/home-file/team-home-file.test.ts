import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HomeFile } from '../../contract/home-file';
import { currentFramework } from '../framework';
import { migrations } from '../migrations';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { checksumOf } from './home-file';

const tempFolder = useTempFolder();
const newStore = (name: string) =>
  openStore({
    file: path.join(tempFolder(), `${name}.sqlite`),
    appVersion: '1.0.0',
    now: () => new Date('2026-07-10T09:00:00Z'),
  });
const person = (homeId: number, name: string) =>
  ({ homeId, name, role: '', startedOn: null, status: 'active', leftOn: null }) as const;

/** A home whose team rated: Sam by name, someone else anonymously. */
/** One rating per leadership indicator of the framework new reviews use, from each of the two raters. */
const LEADERSHIP_INDICATORS = currentFramework.domains.find((d) => d.key === 'leadership')!.indicators.length;

function ratedHome() {
  const store = newStore('from');
  const { handlers } = store;
  const homeId = handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 4 }).id;
  const review = handlers['reviews.start']({ homeId, quarter: '2026-Q3' });
  const samId = handlers['staff.save'](person(homeId, 'Sam')).find((m) => m.name === 'Sam')!.id;
  const round = handlers['teamRound.open']({ reviewId: review.id, domainKeys: ['leadership'] });
  const sheet = handlers['rating.sheet']({ roundId: round.id });
  const all = (rating: 2 | 4) =>
    sheet.domains.flatMap((d) => d.indicators.map((i) => ({ indicatorKey: i.key, rating })));
  handlers['rating.submit']({ roundId: round.id, staffId: samId, fromPaper: false, ratings: all(2) });
  handlers['rating.submit']({ roundId: round.id, staffId: null, fromPaper: false, ratings: all(4) });
  return { store, homeId, text: handlers['homes.export']({ id: homeId, unencrypted: true }).text };
}

/** Another computer, whose own staff and home take the first numbers, so the file's records are renumbered. */
function otherComputer() {
  const store = newStore('to');
  const homeId = store.handlers['homes.create']({
    name: 'Elm',
    urn: null,
    registeredManager: null,
    places: 2,
  }).id;
  store.handlers['staff.save'](person(homeId, 'Pat'));
  store.handlers['staff.save'](person(homeId, 'Jo'));
  return store;
}

function roundAfterImport(text: string) {
  const to = otherComputer();
  const { homeId } = to.handlers['homes.import']({ text, replaceHomeId: null });
  const [review] = to.handlers['reviews.list']({ homeId });
  const round = to.handlers['teamRound.get']({ reviewId: review!.id })!;
  const sheetColumns = (to.db.prepare('PRAGMA table_info(team_sheets)').all() as { name: string }[]).map(
    (c) => c.name,
  );
  const tallies = to.db
    .prepare('SELECT rating, count(*) AS n FROM team_ratings GROUP BY rating ORDER BY rating')
    .all();
  to.close();
  return { round, sheetColumns, tallies };
}

describe('a home file with a team’s ratings', () => {
  it('carries the sheets and who took part, still apart, into another computer', () => {
    const { store, text } = ratedHome();
    const file = JSON.parse(text) as HomeFile;
    expect(file.tables.team_sheets!.columns).not.toContain('staff_id');
    expect(file.tables.team_round_raters!.rows).toHaveLength(1);
    const { round, sheetColumns, tallies } = roundAfterImport(text);
    expect(round).toMatchObject({ sheets: 2, fromPaper: 0, named: ['Sam'] });
    expect(sheetColumns).not.toContain('staff_id');
    expect(tallies).toEqual([
      { rating: 2, n: LEADERSHIP_INDICATORS },
      { rating: 4, n: LEADERSHIP_INDICATORS },
    ]);
    store.close();
  });

  it('reads a file from before sheets were anonymous, leaving the link to the rater behind', () => {
    const { store, text } = ratedHome();
    const { checksum: _, ...body } = JSON.parse(text) as HomeFile;
    const before = migrations.find((m) => m.name === 'anonymous-sheets')!.version - 1;
    // As the version before made it: each sheet names its rater (null when anonymous), and no list.
    const sheets = body.tables.team_sheets!;
    const raters = body.tables.team_round_raters!.rows;
    const samId = raters[0]![1];
    body.schemaVersion = before;
    delete body.tables.team_round_raters;
    body.tables.team_sheets = {
      columns: [...sheets.columns.slice(0, 2), 'staff_id', ...sheets.columns.slice(2)],
      rows: sheets.rows.map((row, n) => [...row.slice(0, 2), n === 0 ? samId : null, ...row.slice(2)]),
    };
    const old = JSON.stringify({ ...body, checksum: checksumOf(body) });
    const { round, sheetColumns, tallies } = roundAfterImport(old);
    expect(round).toMatchObject({ sheets: 2, named: ['Sam'] });
    expect(sheetColumns).not.toContain('staff_id');
    expect(tallies).toEqual([
      { rating: 2, n: LEADERSHIP_INDICATORS },
      { rating: 4, n: LEADERSHIP_INDICATORS },
    ]);
    store.close();
  });
});

describe('a home file with a rating round the manager ended', () => {
  it('keeps the round ended on the other computer, with its spread shown', () => {
    const { store, homeId, text: open } = ratedHome();
    const [review] = store.handlers['reviews.list']({ homeId });
    const roundId = store.handlers['teamRound.get']({ reviewId: review!.id })!.id;
    store.handlers['teamRound.close']({ roundId });
    const ended = store.handlers['homes.export']({ id: homeId, unencrypted: true }).text;
    expect(roundAfterImport(open).round.closed).toBe(false);
    const { round, tallies } = roundAfterImport(ended);
    expect(round).toMatchObject({ closed: true, sheets: 2 });
    expect(tallies).toHaveLength(2);
    store.close();
  });

  it('reads a file from before the ending was kept in the round: the round stays open', () => {
    const { store, text } = ratedHome();
    const { checksum: _, ...body } = JSON.parse(text) as HomeFile;
    body.schemaVersion = migrations.find((m) => m.name === 'round-ended')!.version - 1;
    const rounds = body.tables.team_rounds!;
    const at = rounds.columns.indexOf('ended_at');
    expect(at).toBeGreaterThanOrEqual(0);
    body.tables.team_rounds = {
      columns: rounds.columns.filter((_, n) => n !== at),
      rows: rounds.rows.map((row) => row.filter((_, n) => n !== at)),
    };
    const { round } = roundAfterImport(JSON.stringify({ ...body, checksum: checksumOf(body) }));
    expect(round).toMatchObject({ closed: false, sheets: 2, named: ['Sam'] });
    store.close();
  });
});
