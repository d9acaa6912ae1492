import { describe, expect, it } from 'vitest';
import { everything, exportAndClose, resealed, useNewStores } from '../test-support/home-file-fixture';

const newStore = useNewStores();

/** A file of Ash, whose notifications log has one Regulation 40 event and the notice to Ofsted. */
function ashFile(): string {
  const from = newStore();
  const { handlers } = from;
  const ash = handlers['homes.create']({ name: 'Ash', urn: null, registeredManager: null, places: 3 }).id;
  const { savedId } = handlers['notifications.save']({
    homeId: ash,
    kind: 'reg40',
    eventType: 'allegation',
    what: 'Allegation against a night worker',
    eventOn: '2026-10-03',
    eventTime: '22:10',
  });
  handlers['notifications.saveRecipient']({
    notificationId: savedId,
    recipient: 'ofsted',
    who: 'Ofsted online form',
    notifiedOn: '2026-10-04',
    notifiedTime: '08:30',
  });
  return exportAndClose(from, ash);
}

const forged = (text: string, table: string, column: string, value: unknown): string =>
  resealed(text, (body) => {
    const t = body.tables[table]!;
    t.rows[0]![t.columns.indexOf(column)] = value;
  });

describe('the notifications log in a home file', () => {
  it('goes out and comes back with the home, counted the same', () => {
    const text = ashFile();
    const to = newStore();
    const { homeId } = to.handlers['homes.import']({ text, replaceHomeId: null });
    const log = to.handlers['notifications.list']({ homeId });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]!.recipients[0]).toMatchObject({ recipient: 'ofsted', who: 'Ofsted online form' });
    expect(log.quarters.find((q) => q.quarter === '2026-Q4')?.reg40).toBe(1);
    to.close();
  });

  const cases: [string, string, string, (other: number) => unknown, RegExp][] = [
    ['a null home key', 'notifications', 'home_id', () => null, /Nothing has been imported/],
    [
      'another home’s id',
      'notifications',
      'home_id',
      (other) => other,
      /point at records it does not hold|belong to no home, or to another/,
    ],
    [
      'a null entry key',
      'notification_recipients',
      'notification_id',
      () => null,
      /Nothing has been imported/,
    ],
    ['an event time that is none', 'notifications', 'event_at', () => 'last night', /event_at/],
    [
      'a notice time that is none',
      'notification_recipients',
      'notified_at',
      () => '2026-13-40',
      /notified_at/,
    ],
    ['an unknown kind', 'notifications', 'kind', () => 'reg99', /a value the app never stores/],
    ['an event type of another regulation', 'notifications', 'event_type', () => 'return', /never stores/],
    ['a note too long', 'notifications', 'what', () => 'x'.repeat(1_700_000), /what/],
  ];
  for (const [what, table, column, value, message] of cases) {
    it(`refuses ${what} in ${table}.${column} and changes nothing`, () => {
      const text = ashFile();
      const to = newStore();
      // Two homes here, so Oak's id is one the file's own home does not have.
      to.handlers['homes.create']({ name: 'Elm', urn: null, registeredManager: null, places: 3 });
      const oak = to.handlers['homes.create']({
        name: 'Oak',
        urn: null,
        registeredManager: null,
        places: 3,
      }).id;
      to.handlers['notifications.save']({
        homeId: oak,
        kind: 'reg49',
        eventType: 'manager-starts',
        what: 'New manager',
        eventOn: '2026-10-01',
        eventTime: '09:00',
      });
      const before = everything(to.db);
      const bad = forged(text, table, column, value(oak));
      let error: Error | null = null;
      try {
        to.handlers['homes.import']({ text: bad, replaceHomeId: null });
      } catch (e) {
        error = e as Error;
      }
      expect(error?.message).toMatch(/^This home file is damaged or was edited/);
      expect(error?.message).toMatch(message);
      expect(everything(to.db)).toBe(before);
      to.close();
    });
  }
});
