import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
// Thursday 26 November 2026.
const ready = () => openHarness(tempFolder(), '2026-11-26T10:00:00Z');

describe('the dashboard’s "This quarter" card', () => {
  it('lists open actions due from today to 30 days ahead, both days included, soonest first', async () => {
    const h = ready();
    for (const [title, dueOn] of [
      ['Day 30', '2026-12-26'],
      ['Yesterday', '2026-11-25'],
      ['Today', '2026-11-26'],
      ['Day 31', '2026-12-27'],
      ['Day 10', '2026-12-06'],
    ] as const) {
      await h.call('actions.create', {
        homeId: h.homeId,
        title,
        link: null,
        owner: 'Sam Patel',
        dueOn,
        source: 'other',
      });
    }
    const { position } = await h.call('dashboard.get', { homeId: h.homeId });
    expect(position.actionsDueSoon.map((a) => [a.title, a.dueOn])).toEqual([
      ['Today', '2026-11-26'],
      ['Day 10', '2026-12-06'],
      ['Day 30', '2026-12-26'],
    ]);
  });

  it('says a Reg 44 visit was made this month when the latest one was', async () => {
    const h = ready();
    const visit = (visitedOn: string) =>
      h.call('reg44.saveVisit', {
        homeId: h.homeId,
        visitedOn,
        visitor: 'Pat Jones',
        reportReceivedOn: null,
      });
    await visit('2026-10-30');
    expect((await h.call('dashboard.get', { homeId: h.homeId })).position.reg44).toEqual({
      month: '2026-11',
      visitedThisMonth: false,
      lastVisitOn: '2026-10-30',
    });
    await visit('2026-11-02');
    expect((await h.call('dashboard.get', { homeId: h.homeId })).position.reg44).toEqual({
      month: '2026-11',
      visitedThisMonth: true,
      lastVisitOn: '2026-11-02',
    });
  });

  it('dates the next Reg 45 review from the latest one completed, whatever order they were entered in', async () => {
    const h = ready();
    for (const completedOn of ['2026-03-02', '2026-09-14', '2025-09-01']) {
      await h.call('reg45.record', { homeId: h.homeId, completedOn, sentToOfstedOn: completedOn });
    }
    expect((await h.call('dashboard.get', { homeId: h.homeId })).position.reg45).toEqual({
      lastCompletedOn: '2026-09-14',
      nextDueBy: '2027-03-14',
      ofstedState: 'sent',
      ofstedDeadline: '2026-10-12',
    });
  });
});
