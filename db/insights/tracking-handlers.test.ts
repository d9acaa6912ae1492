import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_FIELD_KEYS } from '../../contract/metric-fields';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');

function setup() {
  const store = openStore({ file: path.join(tempFolder(), 't.sqlite'), appVersion: 't', now: () => NOW });
  const add = (name: string) =>
    store.handlers['homes.create']({ name, urn: null, registeredManager: null, places: 4 });
  return { store, h: store.handlers, add };
}

function thrown(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    return error as { code: string; message: string; fields?: Record<string, string>; problems?: unknown[] };
  }
  throw new Error('expected an error');
}

describe('quarterly figures', () => {
  it('saves every figure, leaves the others empty, and reads them back for that quarter only', () => {
    const { h, add } = setup();
    const home = add('Oak');
    const saved = h['metrics.save']({
      homeId: home.id,
      quarter: '2026-Q3',
      values: { complaints: 2, fteVacant: 0.5 },
    });
    expect(Object.keys(saved.values).sort()).toEqual([...METRIC_FIELD_KEYS].sort());
    expect(saved.values).toMatchObject({ complaints: 2, fteVacant: 0.5, staffAtStart: null });
    expect(saved.quarter).toBe('2026-Q3');
    expect(h['metrics.get']({ homeId: home.id, quarter: '2026-Q3' })).toEqual(saved);
    expect(h['metrics.get']({ homeId: home.id, quarter: '2026-Q2' })).toBeNull();
  });

  it('replaces the whole quarter on a second save, so a cleared figure is cleared', () => {
    const { h, add } = setup();
    const home = add('Oak');
    h['metrics.save']({ homeId: home.id, quarter: '2026-Q3', values: { complaints: 2, missingEpisodes: 1 } });
    const again = h['metrics.save']({ homeId: home.id, quarter: '2026-Q3', values: { complaints: 3 } });
    expect(again.values).toMatchObject({ complaints: 3, missingEpisodes: null });
  });

  it('keeps each home and quarter apart, and lists them oldest first on the dashboard', () => {
    const { h, add } = setup();
    const oak = add('Oak');
    const elm = add('Elm');
    h['metrics.save']({ homeId: oak.id, quarter: '2026-Q3', values: { complaints: 3 } });
    h['metrics.save']({ homeId: oak.id, quarter: '2026-Q1', values: { complaints: 1 } });
    h['metrics.save']({ homeId: elm.id, quarter: '2026-Q2', values: { complaints: 9 } });
    const listed = h['dashboard.get']({ homeId: oak.id }).metrics;
    expect(listed.map((m) => [m.quarter, m.values.complaints])).toEqual([
      ['2026-Q1', 1],
      ['2026-Q3', 3],
    ]);
  });

  it('says how many figures need correcting, one or several, and saves none of them', () => {
    const { h, add } = setup();
    const home = add('Oak');
    expect(
      thrown(() => h['metrics.save']({ homeId: home.id, quarter: '2026-Q3', values: { complaints: -1 } })),
    ).toEqual(
      expect.objectContaining({
        code: 'invalid_input',
        message: 'One figure needs correcting.',
        fields: { complaints: 'Complaints received must be 0 or more' },
        problems: [{ message: 'Complaints received must be 0 or more', field: 'complaints' }],
      }),
    );
    const several = thrown(() =>
      h['metrics.save']({
        homeId: home.id,
        quarter: '2026-Q3',
        values: { complaints: -1, missingEpisodes: 0.5 },
      }),
    );
    expect(several.message).toBe('2 figures need correcting.');
    expect(several.problems).toHaveLength(2);
    expect(h['metrics.get']({ homeId: home.id, quarter: '2026-Q3' })).toBeNull();
  });

  it('refuses figures, dates and acknowledgements for a home that does not exist', () => {
    const { h } = setup();
    for (const call of [
      () => h['metrics.save']({ homeId: 42, quarter: '2026-Q3', values: {} }),
      () => h['metrics.get']({ homeId: 42, quarter: '2026-Q3' }),
      () => h['reg45.record']({ homeId: 42, completedOn: '2026-01-01' }),
      () => h['alerts.acknowledge']({ homeId: 42, key: 'reg45-unknown', note: '' }),
      () => h['dashboard.get']({ homeId: 42 }),
    ]) {
      expect(thrown(call).code).toBe('not_found');
    }
  });
});

describe('Reg 45 dates and acknowledgements', () => {
  it('lists Reg 45 dates oldest first and records the same date once', () => {
    const { h, add } = setup();
    const home = add('Oak');
    h['reg45.record']({ homeId: home.id, completedOn: '2026-09-14' });
    h['reg45.record']({ homeId: home.id, completedOn: '2026-03-02' });
    expect(h['reg45.record']({ homeId: home.id, completedOn: '2026-09-14' })).toEqual([
      '2026-03-02',
      '2026-09-14',
    ]);
    expect(h['dashboard.get']({ homeId: home.id }).reg45Dates).toEqual(['2026-03-02', '2026-09-14']);
  });

  it('records, in the same step, whether and when the report went to Ofsted (issue 22)', () => {
    const { h, add } = setup();
    const home = add('Oak');
    h['reg45.record']({ homeId: home.id, completedOn: '2026-03-02', sentToOfstedOn: '2026-03-20' });
    // Recording the same review again without the date keeps the date already recorded.
    h['reg45.record']({ homeId: home.id, completedOn: '2026-03-02' });
    expect(h['reg45.records']({ homeId: home.id })).toEqual([
      expect.objectContaining({
        completedOn: '2026-03-02',
        sentToOfstedOn: '2026-03-20',
        ofstedState: 'sent',
      }),
    ]);
    expect(h['dashboard.get']({ homeId: home.id }).alerts.map((a) => a.kind)).not.toContain(
      'reg45-ofsted-late',
    );
    expect(
      thrown(() =>
        h['reg45.record']({ homeId: home.id, completedOn: '2026-09-14', sentToOfstedOn: '2026-09-01' }),
      ),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { sentToOfstedOn: 'Enter a date on or after the day the review was completed.' },
    });
  });

  it('refuses a future date with a message for the field, recording nothing', () => {
    const { h, add } = setup();
    const home = add('Oak');
    expect(thrown(() => h['reg45.record']({ homeId: home.id, completedOn: '2027-01-01' }))).toMatchObject({
      code: 'invalid_input',
      message: 'The date of a completed review cannot be in the future.',
      fields: { completedOn: 'Enter a date that is today or earlier.' },
    });
    expect(h['dashboard.get']({ homeId: home.id }).reg45Dates).toEqual([]);
  });

  it("keeps each home's Reg 45 dates and acknowledgements to itself in the provider view", () => {
    const { h, add } = setup();
    const oak = add('Oak');
    const elm = add('Elm');
    h['reg45.record']({ homeId: oak.id, completedOn: '2026-09-14' });
    h['alerts.acknowledge']({ homeId: elm.id, key: 'reg45-unknown', note: 'Booked for December' });
    const [elmView, oakView] = h['provider.overview']({});
    expect(elmView!.name).toBe('Elm');
    expect(elmView!.openAlerts.map((a) => a.key)).not.toContain('reg45-unknown');
    expect(oakView!.openAlerts.map((a) => a.key)).not.toContain('reg45-unknown');
    const ack = h['dashboard.get']({ homeId: elm.id }).alerts.find((a) => a.key === 'reg45-unknown');
    expect(ack?.acknowledged?.note).toBe('Booked for December');
    expect(h['dashboard.get']({ homeId: oak.id }).alerts.every((a) => a.acknowledged === null)).toBe(true);
  });

  it('replaces the note when an alert is acknowledged again', () => {
    const { h, add } = setup();
    const home = add('Oak');
    const first = h['alerts.acknowledge']({ homeId: home.id, key: 'reg45-unknown', note: 'First' });
    expect(Number.isNaN(Date.parse(first.savedAt))).toBe(false);
    h['alerts.acknowledge']({ homeId: home.id, key: 'reg45-unknown', note: 'Second' });
    const alert = h['dashboard.get']({ homeId: home.id }).alerts.find((a) => a.key === 'reg45-unknown');
    expect(alert?.acknowledged?.note).toBe('Second');
  });
});

describe('the draft on the dashboard', () => {
  it('shows the latest draft with how many of its indicators are rated', () => {
    const { store, h, add } = setup();
    const home = add('Oak');
    expect(h['dashboard.get']({ homeId: home.id }).draft).toBeNull();
    const review = h['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
    // Rated straight in the table: the save path itself is tested with the reviews.
    store.db
      .prepare('UPDATE review_indicators SET rating = 3 WHERE review_id = ? AND indicator_key IN (?, ?)')
      .run(review.id, review.indicators[0]!.key, review.indicators[1]!.key);
    expect(h['dashboard.get']({ homeId: home.id }).draft).toMatchObject({
      id: review.id,
      quarter: '2026-Q3',
      status: 'draft',
      rated: 2,
      total: review.indicators.length,
    });
  });
});
