import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** A home whose clock reads 09:00 BST on 2 July 2026. */
const ready = () => openHarness(tempFolder(), '2026-07-02T08:00:00Z');

const police = (homeId: number, eventOn: string, eventTime: string) => ({
  homeId,
  kind: 'reg40' as const,
  eventType: 'police',
  what: 'Police called to a serious fight; child A.B. unhurt',
  eventOn,
  eventTime,
});

describe('the notifications log', () => {
  it('records an event at 00:30 BST on 1 July in Jul to Sep, with who was told and whether without delay', async () => {
    const h = ready();
    const { savedId, value } = await h.call('notifications.save', police(h.homeId, '2026-07-01', '00:30'));
    expect(value.entries[0]).toMatchObject({
      id: savedId,
      eventAt: '2026-06-30T23:30:00.000Z',
      quarter: '2026-Q3',
      timing: { state: 'overdue' },
    });
    const told = await h.call('notifications.saveRecipient', {
      notificationId: savedId,
      recipient: 'ofsted',
      who: '',
      notifiedOn: '2026-07-01',
      notifiedTime: '09:15',
    });
    const entry = told.entries[0]!;
    expect(entry.recipients[0]!.timing.text).toBe('Told 8 hours 45 minutes after the event: without delay.');
    expect(entry.timing.state).toBe('in-time');
    expect(told.countedFrom).toBe('2026-Q3');
    expect(told.quarters).toEqual([{ quarter: '2026-Q3', reg40: 1 }]);
  });

  it('refuses a serious event in the future, a notice before its event, and a time the clocks skip', async () => {
    const h = ready();
    await expect(h.call('notifications.save', police(h.homeId, '2026-07-02', '09:30'))).rejects.toThrow(
      'A serious event cannot be in the future.',
    );
    await expect(h.call('notifications.save', police(h.homeId, '2026-03-29', '01:30'))).rejects.toThrow(
      /the clocks went forward/,
    );
    const { savedId } = await h.call('notifications.save', police(h.homeId, '2026-07-01', '20:00'));
    const before = {
      notificationId: savedId,
      recipient: 'ofsted' as const,
      who: '',
      notifiedOn: '2026-07-01',
      notifiedTime: '19:59',
    };
    await expect(h.call('notifications.saveRecipient', before)).rejects.toThrow(/before the event/);
    await expect(
      h.call('notifications.saveRecipient', { ...before, notifiedOn: '2026-07-02', notifiedTime: '09:01' }),
    ).rejects.toThrow(/before it is made/);
  });

  it('accepts a planned absence notified ahead, and refuses an event type from another regulation', async () => {
    const h = ready();
    const { value } = await h.call('notifications.save', {
      homeId: h.homeId,
      kind: 'reg48',
      eventType: 'absence-planned',
      what: 'Manager on leave for six weeks; deputy in charge',
      eventOn: '2026-09-01',
      eventTime: '08:00',
    });
    expect(value.entries[0]!.quarter).toBe('2026-Q3');
    const wrong = await h.attempt('notifications.save', {
      ...police(h.homeId, '2026-07-01', '10:00'),
      kind: 'reg49',
    });
    expect(wrong.ok).toBe(false);
  });

  it('never shows or changes another home’s entry', async () => {
    const h = ready();
    const elm = h.store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 3,
    });
    const { savedId } = await h.call('notifications.save', police(h.homeId, '2026-07-01', '10:00'));
    expect((await h.call('notifications.list', { homeId: elm.id })).entries).toEqual([]);
    await expect(h.call('notifications.remove', { homeId: elm.id, id: savedId })).rejects.toThrow(
      /no longer exists/,
    );
    await expect(
      h.call('notifications.save', { ...police(elm.id, '2026-07-01', '10:00'), id: savedId }),
    ).rejects.toThrow(/no longer exists/);
  });
});

describe('the quarterly Regulation 40 figure comes from the log once it has entries', () => {
  it('keeps typed figures before the log, counts the log from its first quarter, and keeps the typed value stored', async () => {
    const h = ready();
    await h.call('metrics.save', { homeId: h.homeId, quarter: '2026-Q2', values: { reg40Notifications: 4 } });
    await h.call('metrics.save', { homeId: h.homeId, quarter: '2026-Q3', values: { reg40Notifications: 7 } });
    expect(
      (await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q3' }))!.values.reg40Notifications,
    ).toBe(7);

    await h.call('notifications.save', police(h.homeId, '2026-07-01', '00:30'));
    await h.call('notifications.save', police(h.homeId, '2026-07-01', '18:00'));
    const q3 = (await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q3' }))!;
    expect(q3.values.reg40Notifications).toBe(2);
    expect(q3.logged).toEqual(['reg40Notifications']);
    const q2 = (await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q2' }))!;
    expect(q2.values.reg40Notifications).toBe(4);
    expect(q2.logged).toBeUndefined();

    // A typed figure for a counted quarter is not saved over the log; the one typed earlier stays stored.
    const saved = await h.call('metrics.save', {
      homeId: h.homeId,
      quarter: '2026-Q3',
      values: { reg40Notifications: 9, missingEpisodes: 1 },
    });
    expect(saved.values.reg40Notifications).toBe(2);
    expect(saved.values.missingEpisodes).toBe(1);
    const stored = h.store.db
      .prepare("SELECT reg40_notifications FROM quarterly_metrics WHERE quarter = '2026-Q3'")
      .get() as { reg40_notifications: number };
    expect(stored.reg40_notifications).toBe(7);

    const dashboard = await h.call('dashboard.get', { homeId: h.homeId });
    const byQuarter = new Map(dashboard.metrics.map((m) => [m.quarter, m.values.reg40Notifications]));
    expect(byQuarter.get('2026-Q3')).toBe(2);
    expect(byQuarter.get('2026-Q2')).toBe(4);
  });

  it('gives a counted quarter with no figures typed its log count', async () => {
    const h = ready();
    await h.call('notifications.save', police(h.homeId, '2026-07-01', '10:00'));
    const q3 = await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q3' });
    expect(q3?.values.reg40Notifications).toBe(1);
    expect(await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q2' })).toBeNull();
  });
});
