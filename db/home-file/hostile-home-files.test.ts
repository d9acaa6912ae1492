import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import { everything, exportAndClose, resealed, useNewStores } from '../test-support/home-file-fixture';

const newStore = useNewStores();

type Body = Record<string, unknown> & { tables: Record<string, { columns: unknown; rows: unknown }> };

/** The file with `change` applied and its checksum recomputed, as anyone editing a file can do. */
const edited = (text: string, change: (body: Body) => void): string =>
  resealed(text, (body) => change(body as unknown as Body));

/** A home with a review, a Reg 44 visit and staff: the file every hostile case is made from. */
function homeFile(): string {
  const from = newStore();
  const { handlers } = from;
  const homeId = handlers['homes.create']({ name: 'Ash', urn: null, registeredManager: null, places: 3 }).id;
  handlers['reviews.start']({ homeId, quarter: '2026-Q3' });
  handlers['reg44.saveVisit']({ homeId, visitedOn: '2026-09-01', visitor: 'Kim', reportReceivedOn: null });
  return exportAndClose(from, homeId);
}

const table = (body: Body, name: string) => body.tables[name] as { columns: string[]; rows: unknown[][] };
const set = (body: Body, name: string, column: string, value: unknown) => {
  const t = table(body, name);
  t.rows[0]![t.columns.indexOf(column)] = value;
};
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Words that tell a manager nothing: a crash, a stack, the database's or the parser's own language. */
const UNCLEAR =
  /Something went wrong|restart the app|call stack|is not a function|undefined|TypeError|SQLite|SQLITE|constraint|\n\s+at |\.ts:\d|Unexpected token|JSON\.parse|position \d/i;

describe('every refused home file gets a clear message', () => {
  const text = homeFile();
  const cases: [string, string][] = [
    ['cut short', text.slice(0, Math.floor(text.length * 0.7))],
    ['cut off after its first line', text.slice(0, 40)],
    [
      'nested a hundred thousand deep',
      edited(text, (b) => set(b, 'reviews', 'strengths', JSON.parse('[]')))
        .replace('"strengths"', '"strengths"')
        .replace('"tables":', `"deep":${deep(100_000)},"tables":`),
    ],
    ['a cell nested deeply', edited(text, (b) => set(b, 'reviews', 'strengths', JSON.parse(deep(2_000))))],
    [
      'columns that are not a list',
      edited(text, (b) => (table(b, 'reviews').columns = 'id,home_id' as never)),
    ],
    ['rows that are not a list', edited(text, (b) => (table(b, 'reviews').rows = { 0: [] } as never))],
    ['a table that is not an object', edited(text, (b) => (b.tables.reviews = 7 as never))],
    ['tables as a list', edited(text, (b) => (b.tables = [] as never))],
    ['a column named twice', edited(text, (b) => table(b, 'reg44_visits').columns.splice(1, 1, 'id'))],
    ['places out of range', edited(text, (b) => set(b, 'homes', 'places', 500))],
    ['a home with no name', edited(text, (b) => set(b, 'homes', 'name', null))],
    ['a name too long', edited(text, (b) => set(b, 'homes', 'name', 'x'.repeat(5_000)))],
    ['a review status no app writes', edited(text, (b) => set(b, 'reviews', 'status', 'hacked'))],
    [
      'a record twice',
      edited(text, (b) => table(b, 'review_indicators').rows.push(table(b, 'review_indicators').rows[0]!)),
    ],
    ['a number too large', edited(text, (b) => set(b, 'homes', 'places', 2 ** 60))],
    ['an id that is text', edited(text, (b) => set(b, 'reg44_visits', 'id', 'abc'))],
    ['a blob that is not base64 text', edited(text, (b) => set(b, 'reviews', 'strengths', { $blob: 12 }))],
    ['two homes', edited(text, (b) => table(b, 'homes').rows.push(table(b, 'homes').rows[0]!))],
    ['no home', edited(text, (b) => (table(b, 'homes').rows = []))],
    ['no tables at all', edited(text, (b) => delete (b as Partial<Body>).tables)],
    ['an export date that is none', edited(text, (b) => (b.exportedAt = { when: 'now' }))],
    ['a schema version that is text', edited(text, (b) => (b.schemaVersion = '14'))],
    ['a checksum changed by hand', text.replace('"Ash"', '"Oak"')],
    ['a review pointing at no home', edited(text, (b) => set(b, 'reviews', 'home_id', 999))],
    ['a null byte in a name', edited(text, (b) => set(b, 'homes', 'name', 'A\u0000sh'))],
    ['not JSON at all', 'SQLite format 3\u0000'],
    ['an empty object', '{}'],
    ['JSON that is a list', '[1,2,3]'],
    ['only spaces', '   '],
  ];
  for (const [what, bad] of cases) {
    it(`refuses a file with ${what}, in words a manager can act on`, async () => {
      const store = newStore();
      const before = everything(store.db);
      for (const [name, input] of [
        ['homes.importPreview', { text: bad }],
        ['homes.import', { text: bad, replaceHomeId: null }],
      ] as const) {
        const result = await dispatch(store.handlers, name, input);
        expect(result.ok, `${what}: ${name}`).toBe(false);
        const message = result.ok ? '' : result.error.message;
        expect(message, `${what}: ${name}`).not.toMatch(UNCLEAR);
        expect(message, `${what}: ${name}`).toMatch(/\S/);
        if (bad.trim().startsWith('{"format":"hallmarks-home"') || bad.trimStart().startsWith('{\n "format"'))
          expect(message, `${what}: ${name}`).toMatch(
            /^This home file (is damaged or was edited \(.+\)|was made by a (newer|much older) version).* Nothing has been imported\.$/,
          );
      }
      expect(everything(store.db), what).toBe(before);
      store.close();
    });
  }

  it('reads a file that starts with a byte-order mark, as the app and the command line both do', async () => {
    const store = newStore();
    const withMark = `\uFEFF${text}`;
    const preview = await dispatch(store.handlers, 'homes.importPreview', { text: withMark });
    expect(preview).toMatchObject({ ok: true, value: { homeName: 'Ash' } });
    const imported = await dispatch(store.handlers, 'homes.import', { text: withMark, replaceHomeId: null });
    expect(imported).toMatchObject({ ok: true, value: { homeName: 'Ash' } });
    store.close();
  });
});
