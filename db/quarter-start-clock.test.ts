import { describe, expect, it } from 'vitest';
import { dateOfTimestamp } from '../contract/rules/dates';
import { openHarness } from './test-support/handler-harness';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();

/** 00:30 on 1 October 2026 in the home (BST): still 30 September in UTC. */
const HALF_PAST_MIDNIGHT_BST = '2026-09-30T23:30:00.000Z';

describe('a home added at 00:30 BST on the first day of a quarter', () => {
  it('is added on the home’s date, so the quarter before is neither asked for nor checked for Reg 44', async () => {
    // The harness creates its home through the handlers at the clock it is given.
    const h = openHarness(tempFolder(), HALF_PAST_MIDNIGHT_BST);
    const home = await h.call('homes.get', { id: h.homeId });
    // The app's clock, not SQLite's (which would say today, whatever the app's clock says).
    expect(home.createdAt).toBe(HALF_PAST_MIDNIGHT_BST);
    expect(dateOfTimestamp(home.createdAt)).toBe('2026-10-01');

    const action = await h.call('actions.create', {
      homeId: h.homeId,
      title: 'Introduce the new key worker',
      link: null,
      owner: 'Sam',
      dueOn: '2026-10-14',
      source: 'other',
      byName: 'Sam',
    });
    expect(action.createdAt).toBe(HALF_PAST_MIDNIGHT_BST);

    // Six weeks on: Jul to Sep's review would be overdue, and September's Reg 44 report past its grace.
    h.setClock('2026-11-15T10:00:00Z');
    const { alerts } = await h.call('dashboard.get', { homeId: h.homeId });
    expect(alerts.filter((a) => a.kind === 'review-overdue').map((a) => a.key)).toEqual([]);
    const reg44 = await h.call('reg44.overview', { homeId: h.homeId });
    expect(reg44.checkedFrom).toBe('2026-10');
    expect(reg44.missingMonths).toEqual(['2026-10']);

    // The first review it is asked for is its own first quarter, Oct to Dec, once that is overdue.
    h.setClock('2027-02-15T10:00:00Z');
    const later = await h.call('dashboard.get', { homeId: h.homeId });
    expect(later.alerts.filter((a) => a.kind === 'review-overdue').map((a) => a.key)).toEqual([
      'review-overdue:2026-Q4',
    ]);
    h.store.close();
  });
});
