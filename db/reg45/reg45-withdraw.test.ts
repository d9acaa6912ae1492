import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubOutbox } from '../hub-outbox/outbox';

const tempFolder = useTempFolder();

const NOW = '2026-10-20T09:00:00Z';
const LATEST = { quarter: '2026-Q3' }; // April to September 2026
const EARLIER = { quarter: '2026-Q1' }; // October 2025 to March 2026

async function signed(t: ReturnType<typeof openHarness>, period: { quarter: string }, signedOn: string) {
  const draft = { homeId: t.homeId, ...period };
  await t.call('reg45Draft.save', { ...draft, analysis: 'Our analysis.', standards: {} });
  await t.call('reg45Draft.sign', { ...draft, signedBy: 'Alex Morgan', signedOn });
  return draft;
}

const recorded = async (t: ReturnType<typeof openHarness>) =>
  (await t.call('reg45.records', { homeId: t.homeId })).map((r) => [
    r.periodStart,
    r.periodEnd,
    r.completedOn,
  ]);

describe('withdrawing a Reg 45 sign-off', () => {
  it('takes the review off the records, so the dashboard asks for it again and the day is free to sign another', async () => {
    const t = openHarness(tempFolder(), NOW);
    const latest = await signed(t, LATEST, '2026-10-05');
    expect(await recorded(t)).toEqual([['2026-04-01', '2026-09-30', '2026-10-05']]);
    expect((await t.call('dashboard.get', { homeId: t.homeId })).reg45Dates).toEqual(['2026-10-05']);

    await t.call('reg45Draft.unsign', latest);
    expect(await recorded(t)).toEqual([]);
    expect((await t.call('dashboard.get', { homeId: t.homeId })).reg45Dates).toEqual([]);

    // The same day now signs off the earlier period, which keeps its own period.
    await signed(t, EARLIER, '2026-10-05');
    expect(await recorded(t)).toEqual([['2025-10-01', '2026-03-31', '2026-10-05']]);
    t.store.close();
  });

  it('keeps a record that says its copy went to Ofsted or to placing authorities', async () => {
    const t = openHarness(tempFolder(), NOW);
    const latest = await signed(t, LATEST, '2026-10-05');
    const [record] = await t.call('reg45.records', { homeId: t.homeId });
    await t.call('reg45.save', {
      homeId: t.homeId,
      id: record!.id,
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-10-05',
      sentToOfstedOn: '2026-10-07',
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    await t.call('reg45Draft.unsign', latest);
    expect(await t.call('reg45Draft.get', latest)).toMatchObject({ signedBy: null, signedOn: null });
    expect((await t.call('reg45.records', { homeId: t.homeId })).map((r) => r.sentToOfstedOn)).toEqual([
      '2026-10-07',
    ]);

    // Placing authorities told, without Ofsted: kept as well.
    const councils = openHarness(tempFolder(), NOW);
    const other = await signed(councils, LATEST, '2026-10-05');
    const [theirs] = await councils.call('reg45.records', { homeId: councils.homeId });
    await councils.call('reg45.save', {
      homeId: councils.homeId,
      id: theirs!.id,
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-10-05',
      sentToOfstedOn: null,
      placingAuthorities: 'sent',
      placingAuthoritiesSentOn: null,
    });
    await councils.call('reg45Draft.unsign', other);
    expect(await recorded(councils)).toEqual([['2026-04-01', '2026-09-30', '2026-10-05']]);
    t.store.close();
    councils.store.close();
  });

  it('leaves other records alone: another period’s, and one whose date was changed after sign-off', async () => {
    const t = openHarness(tempFolder(), NOW);
    await signed(t, EARLIER, '2026-04-10');
    const latest = await signed(t, LATEST, '2026-10-05');
    const [mine] = await t.call('reg45.records', { homeId: t.homeId });
    // The manager corrected the completion date under Inspections: that record is theirs now.
    await t.call('reg45.save', {
      homeId: t.homeId,
      id: mine!.id,
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-10-06',
      sentToOfstedOn: null,
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    await t.call('reg45Draft.unsign', latest);
    expect(await recorded(t)).toEqual([
      ['2026-04-01', '2026-09-30', '2026-10-06'],
      ['2025-10-01', '2026-03-31', '2026-04-10'],
    ]);
    // Withdrawing a draft that was never signed changes nothing.
    await t.call('reg45Draft.unsign', latest);
    expect(await recorded(t)).toHaveLength(2);
    t.store.close();
  });

  it('tells a connected home’s provider hub that the review is no longer completed', async () => {
    const t = openHarness(tempFolder(), NOW);
    createHubOutbox(t.store.db).connect(t.homeId, {
      hubUrl: 'https://hub.example',
      hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
      credential: 'c'.repeat(43),
    });
    const sent = () =>
      (t.store.db.prepare('SELECT body FROM hub_outbox ORDER BY seq').pluck().all() as string[])
        .map((b) => JSON.parse(b) as { kind: string; records?: unknown[] })
        .filter((b) => b.kind === 'records.reg45')
        .map((b) => b.records?.length);
    const latest = await signed(t, LATEST, '2026-10-05');
    await t.call('reg45Draft.unsign', latest);
    expect(sent()).toEqual([1, 0]);
    t.store.close();
  });
});
