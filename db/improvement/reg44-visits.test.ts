import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import { openHarness } from '../test-support/handler-harness';
import { connectToHub, secondHome as otherHome } from '../test-support/improvement-samples';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const visit = (homeId: number, extra: Partial<InputOf<'reg44.saveVisit'>> = {}) => ({
  homeId,
  visitedOn: '2026-10-05',
  visitor: 'A. Patel',
  reportReceivedOn: null as string | null,
  ...extra,
});

const recommendation = (
  visitId: number,
  extra: Partial<InputOf<'reg44.saveRecommendation'>> = {},
): InputOf<'reg44.saveRecommendation'> => ({
  visitId,
  text: 'Update the missing-from-care protocol',
  respondBy: null,
  response: '',
  respondedOn: null,
  ...extra,
});

describe('Reg 44 visits', () => {
  it('lists each visit, newest first, with only its own recommendations', async () => {
    const t = openHarness(tempFolder());
    const july = (await t.call('reg44.saveVisit', visit(t.homeId, { visitedOn: '2026-07-08' }))).savedId;
    const october = (await t.call('reg44.saveVisit', visit(t.homeId))).savedId;
    await t.call('reg44.saveRecommendation', recommendation(july, { text: 'From July' }));
    await t.call('reg44.saveRecommendation', recommendation(october, { text: 'From October, first' }));
    const overview = await t.call(
      'reg44.saveRecommendation',
      recommendation(october, { text: 'From October, second' }),
    );
    expect(overview.visits.map((v) => [v.id, v.recommendations.map((r) => r.text)])).toEqual([
      [october, ['From October, first', 'From October, second']],
      [july, ['From July']],
    ]);
    expect(overview.quarters.map((q) => [q.quarter, q.visits, q.recommendations])).toEqual([
      ['2026-Q4', 1, 2],
      ['2026-Q3', 1, 1],
    ]);
  });

  it('corrects a visit’s date, visitor and report date in place', async () => {
    const t = openHarness(tempFolder());
    const { savedId } = await t.call('reg44.saveVisit', visit(t.homeId));
    const { savedId: again, value } = await t.call(
      'reg44.saveVisit',
      visit(t.homeId, {
        id: savedId,
        visitedOn: '2026-10-06',
        visitor: 'B. Khan',
        reportReceivedOn: '2026-10-12',
      }),
    );
    expect(again).toBe(savedId);
    expect(value.visits).toEqual([
      {
        id: savedId,
        visitedOn: '2026-10-06',
        visitor: 'B. Khan',
        reportReceivedOn: '2026-10-12',
        recommendations: [],
      },
    ]);
  });

  it('refuses a visit after today, and changing another home’s visit or one that is gone', async () => {
    const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    expect(await t.attempt('reg44.saveVisit', visit(t.homeId, { visitedOn: '2026-11-21' }))).toMatchObject({
      ok: false,
      error: {
        message: 'The date of a visit cannot be in the future.',
        fields: { visitedOn: 'Enter a date that is today or earlier' },
      },
    });
    const elmVisit = (await t.call('reg44.saveVisit', visit(otherHome(t)))).savedId;
    const gone = { ok: false, error: { code: 'not_found', message: 'That Reg 44 visit no longer exists.' } };
    expect(await t.attempt('reg44.saveVisit', visit(t.homeId, { id: elmVisit, visitor: 'X' }))).toMatchObject(
      gone,
    );
    expect(await t.attempt('reg44.saveVisit', visit(t.homeId, { id: 999 }))).toMatchObject(gone);
    expect(await t.attempt('reg44.saveRecommendation', recommendation(999))).toMatchObject(gone);
    expect((await t.call('reg44.overview', { homeId: t.homeId })).visits).toEqual([]);
  });
});

describe('Reg 44 recommendations', () => {
  it('records the home’s response to a recommendation in place', async () => {
    const t = openHarness(tempFolder());
    const { savedId } = await t.call('reg44.saveVisit', visit(t.homeId));
    const first = await t.call(
      'reg44.saveRecommendation',
      recommendation(savedId, { respondBy: '2026-11-05' }),
    );
    const id = first.visits[0]!.recommendations[0]!.id;
    const answered = await t.call(
      'reg44.saveRecommendation',
      recommendation(savedId, {
        id,
        respondBy: '2026-11-05',
        response: 'Protocol updated',
        respondedOn: '2026-11-01',
      }),
    );
    expect(answered.visits[0]!.recommendations).toEqual([
      {
        id,
        text: 'Update the missing-from-care protocol',
        respondBy: '2026-11-05',
        response: 'Protocol updated',
        respondedOn: '2026-11-01',
        actionId: null,
      },
    ]);
  });

  it('refuses to move a recommendation to another visit, or change one that is gone', async () => {
    const t = openHarness(tempFolder());
    const first = (await t.call('reg44.saveVisit', visit(t.homeId))).savedId;
    const second = (await t.call('reg44.saveVisit', visit(t.homeId, { visitedOn: '2026-11-04' }))).savedId;
    const saved = await t.call('reg44.saveRecommendation', recommendation(first));
    const id = saved.visits.find((v) => v.id === first)!.recommendations[0]!.id;
    const gone = {
      ok: false,
      error: { code: 'not_found', message: 'That recommendation no longer exists.' },
    };
    expect(
      await t.attempt('reg44.saveRecommendation', recommendation(second, { id, text: 'Moved' })),
    ).toMatchObject(gone);
    expect(await t.attempt('reg44.saveRecommendation', recommendation(first, { id: 999 }))).toMatchObject(
      gone,
    );
    const after = await t.call('reg44.overview', { homeId: t.homeId });
    expect(after.visits.flatMap((v) => v.recommendations.map((r) => [v.id, r.text]))).toEqual([
      [first, 'Update the missing-from-care protocol'],
    ]);
  });

  it('tells a connected home’s hub when a response is due and when it was given', async () => {
    const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    connectToHub(t);
    const items = () =>
      (
        t.store.db
          .prepare("SELECT body, created_at FROM hub_outbox WHERE kind = 'statutory.item' ORDER BY seq")
          .all() as { body: string; created_at: string }[]
      ).map((r) => ({ ...(JSON.parse(r.body) as Record<string, unknown>), createdAt: r.created_at }));
    const { savedId } = await t.call('reg44.saveVisit', visit(t.homeId));
    await t.call('reg44.saveRecommendation', recommendation(savedId, { text: 'No date to answer by' }));
    expect(items()).toEqual([]);
    const overview = await t.call(
      'reg44.saveRecommendation',
      recommendation(savedId, { text: 'Answer this', respondBy: '2026-11-30' }),
    );
    const id = overview.visits[0]!.recommendations[1]!.id;
    t.setClock('2026-11-25T09:00:00Z');
    await t.call(
      'reg44.saveRecommendation',
      recommendation(savedId, {
        id,
        text: 'Answer this',
        respondBy: '2026-11-30',
        respondedOn: '2026-11-24',
      }),
    );
    expect(items()).toEqual([
      expect.objectContaining({
        kind: 'statutory.item',
        item: 'reg44_response',
        ref: `reg44-${id}`,
        title: 'Answer this',
        dueOn: '2026-11-30',
        doneOn: null,
        createdAt: '2026-11-20T10:00:00.000Z',
      }),
      expect.objectContaining({
        ref: `reg44-${id}`,
        doneOn: '2026-11-24',
        createdAt: '2026-11-25T09:00:00.000Z',
      }),
    ]);
  });
});
