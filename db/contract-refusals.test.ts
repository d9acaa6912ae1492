import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../contract/dispatch';
import { openStore } from './store';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');

function setup() {
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't', now: () => NOW });
  const home = store.handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 4 });
  const call = (name: string, input: unknown) => dispatch(store.handlers, name, input);
  return { store, home, call };
}

const refused = (fields: Record<string, unknown>) => ({
  ok: false,
  error: { code: 'invalid_input', fields },
});

describe('the contract refuses what no home has', () => {
  it('refuses quarters before 2000 or more than a year ahead', async () => {
    const { home, call } = setup();
    expect(await call('reviews.start', { homeId: home.id, quarter: '1999-Q4' })).toMatchObject(
      refused({ quarter: 'Choose a quarter from Jan to Mar 2000 onwards' }),
    );
    expect(await call('metrics.get', { homeId: home.id, quarter: '2099-Q1' })).toMatchObject(
      refused({ quarter: 'Choose a quarter no more than a year ahead' }),
    );
  });

  it('refuses dates before 2000 or more than a year ahead', async () => {
    const { home, call } = setup();
    expect(await call('reg45.record', { homeId: home.id, completedOn: '1999-12-31' })).toMatchObject(
      refused({ completedOn: 'Enter a date after 1 January 2000' }),
    );
    const review = await call('reviews.start', { homeId: home.id, quarter: '2026-Q3' });
    const reviewId = (review as { value: { id: number } }).value.id;
    const sign = { reviewId, signedByName: 'Sam', signedByRole: 'Manager' };
    expect(await call('reviews.complete', { ...sign, signedOn: '2099-01-01' })).toMatchObject(
      refused({ signedOn: 'Enter a date no more than a year from today' }),
    );
  });

  it('refuses figures for a quarter that has not started', async () => {
    const { store, home, call } = setup();
    expect(
      await call('metrics.save', { homeId: home.id, quarter: '2027-Q1', values: { complaints: 1 } }),
    ).toMatchObject(
      refused({ quarter: 'Figures for Jan to Mar 2027 can be entered once the quarter has started' }),
    );
    expect(store.handlers['metrics.get']({ homeId: home.id, quarter: '2027-Q1' })).toBeNull();
  });

  it('refuses review positions that are not in the review', async () => {
    const { home, call } = setup();
    const review = await call('reviews.start', { homeId: home.id, quarter: '2026-Q3' });
    const reviewId = (review as { value: { id: number } }).value.id;
    expect(
      await call('reviews.setPosition', { reviewId, domainKey: 'nowhere', indicatorKey: null }),
    ).toMatchObject(refused({ domainKey: 'Choose a domain and indicator in this review' }));
    expect(
      await call('reviews.setPosition', { reviewId, domainKey: 'safety', indicatorKey: 'edu.place' }),
    ).toMatchObject(refused({ indicatorKey: 'Choose a domain and indicator in this review' }));
  });

  it('refuses alert keys that are not alerts', async () => {
    const { home, call } = setup();
    expect(await call('alerts.acknowledge', { homeId: home.id, key: 'made-up', note: '' })).toMatchObject(
      refused({ key: 'Choose an alert from the list on the dashboard' }),
    );
  });
});

describe('figures that add up, through the contract', () => {
  it('refuses agency plus bank shifts above all shifts, saving nothing', async () => {
    const { store, home, call } = setup();
    const values = { shiftsTotal: 480, shiftsAgency: 300, shiftsBank: 200 };
    expect(
      await call('metrics.save', { homeId: home.id, quarter: '2026-Q3', values, saveAnyway: true }),
    ).toMatchObject(
      refused({ shiftsBank: 'Agency plus bank shifts must be 480 or fewer, the shifts worked' }),
    );
    expect(store.handlers['metrics.get']({ homeId: home.id, quarter: '2026-Q3' })).toBeNull();
  });

  it('warns about more children than places, then saves anyway when asked', async () => {
    const { store, home, call } = setup();
    const input = { homeId: home.id, quarter: '2026-Q3', values: { childrenAtStart: 5 } };
    expect(await call('metrics.save', input)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'One figure looks unlikely. Check it, or save anyway.',
        warnings: {
          childrenAtStart: "5 children is more than the home's 4 places. Check the figure, or save anyway",
        },
      },
    });
    expect(store.handlers['metrics.get']({ homeId: home.id, quarter: '2026-Q3' })).toBeNull();
    expect(await call('metrics.save', { ...input, saveAnyway: true })).toMatchObject({ ok: true });
    expect(
      store.handlers['metrics.get']({ homeId: home.id, quarter: '2026-Q3' })!.values.childrenAtStart,
    ).toBe(5);
  });

  it('stores whether the manager in post is registered', async () => {
    const { store, home, call } = setup();
    const saved = await call('metrics.save', {
      homeId: home.id,
      quarter: '2026-Q3',
      values: { daysWithoutManager: 40, managerMonthsInPost: 2 },
      managerStatus: 'pending',
    });
    expect(saved).toMatchObject({ ok: true });
    expect(store.handlers['metrics.get']({ homeId: home.id, quarter: '2026-Q3' })!.managerStatus).toBe(
      'pending',
    );
  });
});
