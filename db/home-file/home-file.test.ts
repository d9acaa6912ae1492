import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { HomeFile } from '../../contract/home-file';
import { everything, resealed, useNewStores } from '../test-support/home-file-fixture';
import { serviceRefusal as refusal } from '../test-support/refusal';
import { homeTables } from './home-tables';

const newStore = useNewStores();

describe('exporting and importing a home', () => {
  it('gives identical data after a round trip into another data file', () => {
    const from = newStore();
    const demo = from.handlers['demo.create']({});
    const exported = from.handlers['homes.export']({ id: demo.id, unencrypted: true });
    expect(exported.fileName).toBe('Rowan House (sample) 2026-11-28.hallmarks-home.json');
    const file = JSON.parse(exported.text) as HomeFile;
    expect(file).toMatchObject({ format: 'hallmarks-home', formatVersion: 1, homeName: demo.name });
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(file.tables.review_indicators!.rows.length).toBeGreaterThan(300);

    const to = newStore();
    const preview = to.handlers['homes.importPreview']({ text: exported.text });
    expect(preview.existing).toBeNull();
    expect(preview.adds).toContainEqual({
      what: 'quarterly reviews',
      count: file.tables.reviews!.rows.length,
    });
    const outcome = to.handlers['homes.import']({ text: exported.text, replaceHomeId: null });
    expect(outcome).toMatchObject({ homeName: demo.name, replaced: false });
    const again = JSON.parse(
      to.handlers['homes.export']({ id: outcome.homeId, unencrypted: true }).text,
    ) as HomeFile;
    expect(again.tables).toEqual(file.tables);
    expect(to.handlers['app.info']({}).currentHomeId).toBe(outcome.homeId);
    from.close();
    to.close();
  });

  it('carries the Reg 45 draft: its analysis, comments and sign-off', () => {
    const from = newStore();
    const home = from.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const period = { homeId: home.id, quarter: '2026-Q3' };
    const analysis = `Honest words <b>not bold</b> 🙂 ${'x'.repeat(50_000)}`;
    from.handlers['reg45Draft.save']({
      ...period,
      analysis,
      standards: { '12': 'Missing from care: fewer' },
    });
    from.handlers['reg45Draft.sign']({ ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-01' });
    const text = from.handlers['homes.export']({ id: home.id, unencrypted: true }).text;

    const to = newStore();
    expect(to.handlers['homes.importPreview']({ text }).adds).toContainEqual({
      what: 'Reg 45 review drafts',
      count: 1,
    });
    const { homeId } = to.handlers['homes.import']({ text, replaceHomeId: null });
    expect(to.handlers['reg45Draft.get']({ homeId, quarter: '2026-Q3' })).toEqual({
      ...from.handlers['reg45Draft.get'](period),
      homeId,
    });
    from.close();
    to.close();
  });

  it('carries a February to July draft, and reads one from before months were kept as its two quarters', () => {
    const from = newStore();
    const home = from.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const months = { homeId: home.id, quarter: '2026-Q3', firstMonth: '2026-02', lastMonth: '2026-07' };
    from.handlers['reg45Draft.save']({ ...months, analysis: 'February to July.', standards: {} });
    from.handlers['reg45Draft.save']({
      homeId: home.id,
      quarter: '2026-Q1',
      analysis: 'Older.',
      standards: {},
    });
    const text = from.handlers['homes.export']({ id: home.id, unencrypted: true }).text;

    const to = newStore();
    const { homeId } = to.handlers['homes.import']({ text, replaceHomeId: null });
    expect(to.handlers['reg45Draft.get']({ ...months, homeId }).analysis).toBe('February to July.');

    // A file made before drafts named their months: the columns are not there at all.
    const older = resealed(text, (f) => {
      f.schemaVersion = 25;
      const drafts = f.tables.reg45_drafts!;
      const kept = drafts.columns.map((c, n) => (c === 'first_month' || c === 'last_month' ? -1 : n));
      drafts.columns = drafts.columns.filter((_, n) => kept[n]! >= 0);
      drafts.rows = drafts.rows
        .filter((row) => row[drafts.columns.indexOf('last_quarter')] !== '2026-Q3')
        .map((row) => row.filter((_, n) => kept[n]! >= 0));
    });
    const third = newStore();
    const imported = third.handlers['homes.import']({ text: older, replaceHomeId: null });
    expect(third.handlers['reg45Draft.get']({ homeId: imported.homeId, quarter: '2026-Q1' })).toMatchObject({
      firstMonth: '2025-10',
      lastMonth: '2026-03',
      analysis: 'Older.',
    });
    from.close();
    to.close();
    third.close();
  });

  it('never carries the lock of this computer to another one', () => {
    const store = newStore();
    const names = homeTables(store.db).map((t) => t.name);
    expect(names).toContain('staff');
    expect(names).not.toContain('locked_mode');
    store.close();
  });

  it('refuses a damaged, foreign or newer file with a clear message and changes nothing', () => {
    const store = newStore();
    const home = store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
    const text = store.handlers['homes.export']({ id: home.id, unencrypted: true }).text;
    const other = newStore();
    const before = everything(other.db);
    const cases: [string, string, RegExp][] = [
      ['not JSON', 'SQLite format 3\0', /not a Hallmarks home file/],
      ['another program', JSON.stringify({ format: 'someone-else', rows: [] }), /not a Hallmarks home file/],
      [
        'changed by hand',
        text.replace('"Elm"', '"Oak"'),
        /damaged or was edited \(its checksum does not match/,
      ],
      ['cut short', text.slice(0, text.length / 2), /damaged or was edited \(it is cut short/],
      ['newer schema', resealed(text, (f) => (f.schemaVersion += 1)), /newer version of Hallmarks/],
      ['newer format', resealed(text, (f) => (f.formatVersion += 1)), /newer version of Hallmarks/],
      [
        'unknown table',
        resealed(text, (f) => (f.tables.from_the_future = { columns: ['id'], rows: [] })),
        /newer version of Hallmarks/,
      ],
      [
        'older schema with a table since dropped',
        resealed(text, (f) => {
          f.schemaVersion = 1;
          f.tables.reg45_reviews = { columns: ['home_id', 'completed_on'], rows: [] };
        }),
        /made by a much older version of Hallmarks/,
      ],
      [
        'record pointing nowhere',
        resealed(text, (f) => {
          const reviews = f.tables.reviews!;
          reviews.rows.push(reviews.rows[0]!.map((v, n) => (reviews.columns[n] === 'home_id' ? 999 : v)));
        }),
        /damaged or was edited \(some of its records point at records it does not hold/,
      ],
    ];
    for (const [what, bad, message] of cases) {
      const attempts: (() => unknown)[] = [
        () => other.handlers['homes.import']({ text: bad, replaceHomeId: null }),
      ];
      // The preview refuses every file the import would: it inserts the rows and rolls them back.
      attempts.push(() => other.handlers['homes.importPreview']({ text: bad }));
      for (const attempt of attempts) {
        const error = refusal(attempt);
        expect(error.message, what).toMatch(message);
        expect(error.message, what).toMatch(/Nothing has been imported\.$/);
      }
      expect(everything(other.db), what).toBe(before);
    }
    store.close();
    other.close();
  });

  it('never adds a home beside one with the same name or URN: it refuses, or replaces when asked', () => {
    const store = newStore();
    const home = store.handlers['homes.create']({
      name: 'Elm',
      urn: 'SC123456',
      registeredManager: null,
      places: 2,
    });
    store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
    const text = store.handlers['homes.export']({ id: home.id, unencrypted: true }).text;
    store.handlers['homes.update']({
      id: home.id,
      name: 'elm',
      urn: 'SC123456',
      registeredManager: null,
      places: 5,
    });
    store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q2' });
    const before = everything(store.db);

    expect(store.handlers['homes.importPreview']({ text }).existing).toEqual({ id: home.id, name: 'elm' });
    const error = refusal(() => store.handlers['homes.import']({ text, replaceHomeId: null }));
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/already has a home called "elm".*Nothing has been imported\./);
    expect(everything(store.db)).toBe(before);

    const outcome = store.handlers['homes.import']({ text, replaceHomeId: home.id });
    expect(outcome.replaced).toBe(true);
    const homes = store.handlers['homes.list']({});
    expect(homes.map((h) => [h.name, h.places])).toEqual([['Elm', 2]]);
    expect(store.handlers['reviews.list']({ homeId: outcome.homeId }).map((r) => r.quarter)).toEqual([
      '2026-Q3',
    ]);
    store.close();
  });

  it('carries a table added later with a key to homes (and its own children), renumbering clashing records', () => {
    const addTables = (db: Database) =>
      db.exec(`
        CREATE TABLE later_gatherings (
          id INTEGER PRIMARY KEY,
          home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
          notes TEXT NOT NULL
        ) STRICT;
        CREATE TABLE later_gathering_people (
          gathering_id INTEGER NOT NULL REFERENCES later_gatherings (id) ON DELETE CASCADE,
          name TEXT NOT NULL,
          PRIMARY KEY (gathering_id, name)
        ) STRICT;`);
    const from = newStore();
    addTables(from.db);
    const home = from.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    from.db
      .prepare("INSERT INTO later_gatherings (id, home_id, notes) VALUES (1, ?, 'Rota 🙂 <b>x</b>')")
      .run(home.id);
    from.db.prepare("INSERT INTO later_gathering_people VALUES (1, 'Sam'), (1, 'Ali')").run();
    const text = from.handlers['homes.export']({ id: home.id, unencrypted: true }).text;

    const to = newStore();
    addTables(to.db);
    const first = to.handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 2 });
    to.db
      .prepare("INSERT INTO later_gatherings (id, home_id, notes) VALUES (1, ?, 'Oak meeting')")
      .run(first.id);
    const { homeId } = to.handlers['homes.import']({ text, replaceHomeId: null });
    expect(homeId).not.toBe(first.id);
    const meetings = to.db.prepare('SELECT id, home_id, notes FROM later_gatherings ORDER BY id').all();
    expect(meetings).toEqual([
      { id: 1, home_id: first.id, notes: 'Oak meeting' },
      { id: 2, home_id: homeId, notes: 'Rota 🙂 <b>x</b>' },
    ]);
    expect(to.db.prepare('SELECT * FROM later_gathering_people ORDER BY name').all()).toEqual([
      { gathering_id: 2, name: 'Ali' },
      { gathering_id: 2, name: 'Sam' },
    ]);
    expect(to.db.pragma('foreign_key_check')).toEqual([]);
    from.close();
    to.close();
  });
});
