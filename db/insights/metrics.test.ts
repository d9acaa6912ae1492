import { describe, expect, it } from 'vitest';
import { METRIC_FIELD_KEYS, type MetricValues } from '../../contract/metric-fields';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** A home whose clock reads 09:00 BST on 2 July 2026: Jul to Sep 2026 is under way. */
const ready = () => openHarness(tempFolder(), '2026-07-02T08:00:00Z');

/** A Regulation 40 event on 1 July 2026, in Jul to Sep: from then on the log counts the figure. */
const logEvent = (h: ReturnType<typeof ready>) =>
  h.call('notifications.save', {
    homeId: h.homeId,
    kind: 'reg40',
    eventType: 'police',
    what: 'Police called to a serious fight; child A.B. unhurt',
    eventOn: '2026-07-01',
    eventTime: '10:00',
  });

const storedReg40 = (h: ReturnType<typeof ready>, quarter: string) =>
  (
    h.store.db
      .prepare('SELECT reg40_notifications AS n FROM quarterly_metrics WHERE quarter = ?')
      .get(quarter) as {
      n: number | null;
    }
  ).n;

describe('quarterly figures as stored', () => {
  it('reads back the manager’s status with the quarter, or none when none was given', async () => {
    const h = ready();
    const values = { daysWithoutManager: 30 };
    await h.call('metrics.save', { homeId: h.homeId, quarter: '2026-Q2', values, managerStatus: 'pending' });
    await h.call('metrics.save', { homeId: h.homeId, quarter: '2026-Q1', values: { complaints: 0 } });
    const q2 = await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q2' });
    const q1 = await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q1' });
    expect([q2?.managerStatus, q1?.managerStatus]).toEqual(['pending', null]);
  });
});

describe('the Regulation 40 figure counted from the notifications log', () => {
  it('gives a counted quarter with nothing typed its log count, every other figure empty', async () => {
    const h = ready();
    await logEvent(h);
    const empty = Object.fromEntries(METRIC_FIELD_KEYS.map((k) => [k, null])) as MetricValues;
    expect(await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q3' })).toEqual({
      quarter: '2026-Q3',
      updatedAt: '',
      values: { ...empty, reg40Notifications: 1 },
      managerStatus: null,
      logged: ['reg40Notifications'],
    });
    // The quarter before the log's first event is not counted, and nothing was typed for it.
    expect(await h.call('metrics.get', { homeId: h.homeId, quarter: '2026-Q2' })).toBeNull();
  });

  it('keeps a typed figure before the log, and never saves a typed one over the log’s count', async () => {
    const h = ready();
    await h.call('metrics.save', { homeId: h.homeId, quarter: '2026-Q2', values: { reg40Notifications: 4 } });
    await h.call('metrics.save', { homeId: h.homeId, quarter: '2026-Q3', values: { reg40Notifications: 7 } });
    await logEvent(h);
    const q3 = await h.call('metrics.save', {
      homeId: h.homeId,
      quarter: '2026-Q3',
      values: { reg40Notifications: 9, complaints: 2 },
    });
    expect(q3.values).toMatchObject({ reg40Notifications: 1, complaints: 2 });
    expect(q3.logged).toEqual(['reg40Notifications']);
    // What was typed before the log stays stored as it was.
    expect(storedReg40(h, '2026-Q3')).toBe(7);
    const q2 = await h.call('metrics.save', {
      homeId: h.homeId,
      quarter: '2026-Q2',
      values: { reg40Notifications: 5 },
    });
    expect(q2.values.reg40Notifications).toBe(5);
    expect(q2.logged).toBeUndefined();
    expect(storedReg40(h, '2026-Q2')).toBe(5);
  });
});
