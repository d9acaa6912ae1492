import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { serviceRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
// Thursday 26 November 2026: Oct to Dec 2026 is the quarter under way.
const NOW = new Date('2026-11-26T10:00:00Z');

/** A store with one home; `realTime` leaves out the clock, as a store opened without one runs. */
function setup(realTime = false) {
  const now = realTime ? undefined : () => NOW;
  const store = openStore({ file: path.join(tempFolder(), 't.sqlite'), appVersion: 't', now });
  const home = store.handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 4 });
  return { h: store.handlers, homeId: home.id };
}

describe('quarterly figures: what is refused, and what is only questioned', () => {
  it('takes figures for the quarter under way, and refuses a quarter that has not started', () => {
    const { h, homeId } = setup();
    expect(h['metrics.save']({ homeId, quarter: '2026-Q4', values: { complaints: 1 } }).quarter).toBe(
      '2026-Q4',
    );
    const refusal = serviceRefusal(() =>
      h['metrics.save']({ homeId, quarter: '2027-Q1', values: { complaints: 1 } }),
    );
    expect(refusal).toMatchObject({
      code: 'invalid_input',
      message: 'Jan to Mar 2027 has not started yet.',
      fields: { quarter: 'Figures for Jan to Mar 2027 can be entered once the quarter has started' },
    });
    expect(h['metrics.get']({ homeId, quarter: '2027-Q1' })).toBeNull();
  });

  it('asks before saving an unlikely figure, saving nothing until told to save anyway', () => {
    const { h, homeId } = setup();
    const one = serviceRefusal(() =>
      h['metrics.save']({ homeId, quarter: '2026-Q3', values: { childrenAtStart: 5 } }),
    );
    const warning = "5 children is more than the home's 4 places. Check the figure, or save anyway";
    expect(one).toMatchObject({
      code: 'invalid_input',
      message: 'One figure looks unlikely. Check it, or save anyway.',
      fields: undefined,
      problems: [{ message: warning, field: 'childrenAtStart' }],
      warnings: { childrenAtStart: warning },
    });
    expect(h['metrics.get']({ homeId, quarter: '2026-Q3' })).toBeNull();
    const two = serviceRefusal(() =>
      h['metrics.save']({ homeId, quarter: '2026-Q3', values: { childrenAtStart: 5, childrenAtEnd: 6 } }),
    );
    expect(two.message).toBe('2 figures look unlikely. Check them, or save anyway.');
    expect(two.problems?.map((p) => p.field)).toEqual(['childrenAtStart', 'childrenAtEnd']);
    const saved = h['metrics.save']({
      homeId,
      quarter: '2026-Q3',
      values: { childrenAtStart: 5 },
      saveAnyway: true,
    });
    expect(saved.values.childrenAtStart).toBe(5);
  });
});

describe('acknowledging an alert', () => {
  it('refuses a key that is not one of the home’s alerts, acknowledging nothing', () => {
    const { h, homeId } = setup();
    const refusal = serviceRefusal(() =>
      h['alerts.acknowledge']({ homeId, key: 'reg44-missing:1999-01', note: '' }),
    );
    expect(refusal).toMatchObject({
      code: 'invalid_input',
      message: 'That is not one of the alerts for this home.',
      fields: { key: 'Choose an alert from the list on the dashboard' },
    });
    expect(h['dashboard.get']({ homeId }).alerts.every((a) => a.acknowledged === null)).toBe(true);
  });

  it('stamps the acknowledgement with the app’s clock, or the real time when none is given', () => {
    expect(setup().h['alerts.acknowledge']({ homeId: 1, key: 'reg45-unknown', note: '' }).savedAt).toBe(
      NOW.toISOString(),
    );
    const before = Date.now();
    const { h, homeId } = setup(true);
    const { savedAt } = h['alerts.acknowledge']({ homeId, key: 'reg45-unknown', note: '' });
    expect(Date.parse(savedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(savedAt)).toBeLessThanOrEqual(Date.now());
  });
  it('leaves out of the provider view every alert the home has acknowledged, not only the last', () => {
    const { h, homeId } = setup();
    h['actions.create']({
      homeId,
      title: 'Fix the fire door',
      link: null,
      owner: 'Sam Patel',
      dueOn: '2026-11-01',
      source: 'other',
    });
    const keys = h['dashboard.get']({ homeId }).alerts.map((a) => a.key);
    expect(keys).toHaveLength(2);
    for (const key of keys) h['alerts.acknowledge']({ homeId, key, note: 'In hand' });
    expect(h['provider.overview']({})[0]!.openAlerts).toEqual([]);
  });
});

describe('Reg 45 dates: the first and last days allowed', () => {
  it('takes a review completed today and a report sent today, or on the day the review was completed', () => {
    const { h, homeId } = setup();
    expect(h['reg45.record']({ homeId, completedOn: '2026-11-26', sentToOfstedOn: '2026-11-26' })).toEqual([
      '2026-11-26',
    ]);
    h['reg45.record']({ homeId, completedOn: '2026-10-01', sentToOfstedOn: '2026-10-01' });
    expect(h['reg45.records']({ homeId }).map((r) => [r.completedOn, r.sentToOfstedOn])).toEqual([
      ['2026-11-26', '2026-11-26'],
      ['2026-10-01', '2026-10-01'],
    ]);
  });

  it('refuses a report sent tomorrow, saying the date must be today or earlier, recording nothing', () => {
    const { h, homeId } = setup();
    const refusal = serviceRefusal(() =>
      h['reg45.record']({ homeId, completedOn: '2026-11-20', sentToOfstedOn: '2026-11-27' }),
    );
    expect(refusal).toMatchObject({
      code: 'invalid_input',
      message: 'Check the date the report was sent to Ofsted.',
      fields: { sentToOfstedOn: 'Enter a date that is today or earlier.' },
    });
    expect(h['reg45.records']({ homeId })).toEqual([]);
  });
});
