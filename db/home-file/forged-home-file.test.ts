import { describe, expect, it } from 'vitest';
import type { HomeFile } from '../../contract/home-file';
import { everything, exportAndClose, resealed, useNewStores } from '../test-support/home-file-fixture';
import { serviceRefusal as refusal } from '../test-support/refusal';

const newStore = useNewStores();

/** The file with `change` applied and its checksum recomputed, as anyone forging a file can do. */
const forged = (text: string, change: (tables: HomeFile['tables']) => void): string =>
  resealed(text, (body) => change(body.tables));

const column = (table: { columns: string[] }, name: string) => table.columns.indexOf(name);

/** Sets `name` to `value` in the first row of `table` (adding a row copied from `template` when empty). */
function setIn(tables: HomeFile['tables'], table: string, name: string, value: unknown) {
  const t = tables[table]!;
  t.rows[0]![column(t, name)] = value;
}

/** A computer with two homes, Oak and Elm; Elm has an open rating round and its own survey threshold. */
function computerWithTwoHomes() {
  const store = newStore();
  const { handlers } = store;
  const oak = handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 3 }).id;
  const elm = handlers['homes.create']({ name: 'Elm', urn: null, registeredManager: null, places: 3 }).id;
  handlers['voice.saveSettings']({ homeId: oak, minAnswers: 3, margin: 1 });
  const elmReview = handlers['reviews.start']({ homeId: elm, quarter: '2026-Q3' });
  handlers['teamRound.open']({ reviewId: elmReview.id, domainKeys: ['leadership'] });
  return { store, oak, elm };
}

/** A file of a third home, Ash, with a review whose meeting is recorded and its own settings. */
function ashFile(): string {
  const from = newStore();
  const { handlers } = from;
  const ash = handlers['homes.create']({ name: 'Ash', urn: null, registeredManager: null, places: 3 }).id;
  handlers['voice.saveSettings']({ homeId: ash, minAnswers: 5, margin: 1 });
  const review = handlers['reviews.start']({ homeId: ash, quarter: '2026-Q3' });
  handlers['meeting.saveSettings']({ reviewId: review.id, minRaters: 4, flagMargin: 1 });
  handlers['meeting.record']({
    reviewId: review.id,
    heldOn: '2026-10-01',
    attendees: 'Sam',
    notes: 'Talked it through',
  });
  return exportAndClose(from, ash);
}

describe('a forged home file never writes into another home', () => {
  const keys: [string, string][] = [
    ['voice_settings', 'home_id'],
    ['meeting_settings', 'home_id'],
    ['team_meetings', 'review_id'],
  ];
  for (const [table, key] of keys) {
    it(`refuses a null ${table}.${key} and changes nothing`, () => {
      const text = ashFile();
      const { store } = computerWithTwoHomes();
      expect(JSON.parse(text).tables[table].rows.length).toBe(1);
      const bad = forged(text, (tables) => {
        setIn(tables, table, key, null);
        if (table === 'voice_settings') setIn(tables, table, 'min_answers', 20);
      });
      const before = everything(store.db);
      const error = refusal(() => store.handlers['homes.import']({ text: bad, replaceHomeId: null }));
      expect(error.message).toMatch(/damaged or was edited/);
      expect(error.message).toMatch(/Nothing has been imported\.$/);
      expect(everything(store.db)).toBe(before);
      store.close();
    });
  }

  it('still imports the untouched file into a computer with other homes', () => {
    const text = ashFile();
    const { store, oak, elm } = computerWithTwoHomes();
    const { homeId } = store.handlers['homes.import']({ text, replaceHomeId: null });
    expect([oak, elm]).not.toContain(homeId);
    const settings = store.db
      .prepare('SELECT home_id, min_answers FROM voice_settings ORDER BY home_id')
      .all();
    expect(settings).toEqual([
      { home_id: oak, min_answers: 3 },
      { home_id: homeId, min_answers: 5 },
    ]);
    store.close();
  });
});

/** A file of a home with a Reg 44 visit, a review with a note and a recorded meeting. */
function fullFile(): string {
  const from = newStore();
  const { handlers } = from;
  const ash = handlers['homes.create']({ name: 'Ash', urn: null, registeredManager: null, places: 3 }).id;
  handlers['reg44.saveVisit']({
    homeId: ash,
    visitedOn: '2026-09-01',
    visitor: 'Kim',
    reportReceivedOn: null,
  });
  const review = handlers['reviews.start']({ homeId: ash, quarter: '2026-Q3' });
  handlers['meeting.record']({ reviewId: review.id, heldOn: '2026-10-01', attendees: 'Sam', notes: 'Fine' });
  return exportAndClose(from, ash);
}

describe('a home file is held to the rules the operations apply', () => {
  const cases: [string, (tables: HomeFile['tables']) => void, RegExp][] = [
    [
      'a Reg 44 date that is no date',
      (t) => setIn(t, 'reg44_visits', 'visited_on', '2026-99-99'),
      /visited_on/,
    ],
    ['an unknown framework version', (t) => setIn(t, 'reviews', 'framework_version', 7), /framework_version/],
    [
      'an agenda that is not a list',
      (t) => setIn(t, 'team_meetings', 'agenda_order', '{"a":1}'),
      /agenda_order/,
    ],
    ['an agenda that is not JSON', (t) => setIn(t, 'team_meetings', 'added_items', '[1,'), /added_items/],
    [
      'a note of 1.7 million characters',
      (t) => setIn(t, 'review_indicators', 'note', 'x'.repeat(1_700_000)),
      /note/,
    ],
    ['a quarter in 1999', (t) => setIn(t, 'reviews', 'quarter', '1999-Q1'), /quarter/],
    ['a timestamp that is none', (t) => setIn(t, 'reviews', 'created_at', 'yesterday'), /created_at/],
    ['a number where text belongs', (t) => setIn(t, 'team_meetings', 'notes', 12), /notes/],
  ];
  for (const [what, change, where] of cases) {
    it(`refuses ${what}, saying where, and changes nothing`, () => {
      const text = forged(fullFile(), change);
      const { store } = computerWithTwoHomes();
      const before = everything(store.db);
      for (const attempt of [
        () => store.handlers['homes.importPreview']({ text }),
        () => store.handlers['homes.import']({ text, replaceHomeId: null }),
      ]) {
        const error = refusal(attempt);
        expect(error.message).toMatch(/^This home file is damaged or was edited \(/);
        expect(error.message).toMatch(where);
        expect(error.message).toMatch(/Nothing has been imported\.$/);
        expect(error.message.length).toBeLessThan(400);
      }
      expect(everything(store.db)).toBe(before);
      store.close();
    });
  }
});
