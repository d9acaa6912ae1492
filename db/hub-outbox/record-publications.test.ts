import { describe, expect, it } from 'vitest';
import { METRIC_FIELD_KEYS } from '../../contract/metric-fields';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubOutbox } from './outbox';
import { createRecordPublications } from './record-publications';

const tempFolder = useTempFolder();

const connect = (t: ReturnType<typeof openHarness>) =>
  createHubOutbox(t.store.db).connect(t.homeId, {
    hubUrl: 'https://hub.example',
    hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
    credential: 'c'.repeat(43),
  });

const bodies = (t: ReturnType<typeof openHarness>) =>
  (t.store.db.prepare('SELECT body FROM hub_outbox ORDER BY seq').pluck().all() as string[]).map(
    (b) => JSON.parse(b) as { kind: string } & Record<string, unknown>,
  );
const lastOf = (t: ReturnType<typeof openHarness>, kind: string) =>
  bodies(t)
    .filter((b) => b.kind === kind)
    .at(-1);

/** Saves one of each record the hub receives whole, and a quarter's figures. */
async function saveRecords(t: ReturnType<typeof openHarness>) {
  await t.call('reg45.save', {
    homeId: t.homeId,
    periodStart: '2026-04-01',
    periodEnd: '2026-09-30',
    completedOn: '2026-10-03',
    sentToOfstedOn: null,
    placingAuthorities: 'unknown',
    placingAuthoritiesSentOn: null,
  });
  const inspection = await t.call('ofsted.saveInspection', {
    homeId: t.homeId,
    inspectedOn: '2026-06-10',
    kind: 'full',
    experiencesAndProgress: 2,
    helpedAndProtected: 3,
    leadersAndManagers: 2,
    interimOutcome: null,
    reportUrl: '',
  });
  await t.call('ofsted.saveItem', {
    inspectionId: inspection.savedId,
    kind: 'requirement',
    regulation: 'Regulation 12',
    text: 'Keep missing-from-care records complete',
    complyBy: '2026-08-01',
  });
  for (const text of ['Consider more activities at weekends', 'Review the key-worker rota'])
    await t.call('ofsted.saveItem', {
      inspectionId: inspection.savedId,
      kind: 'recommendation',
      regulation: '',
      text,
      complyBy: null,
    });
  await t.call('duties.save', {
    homeId: t.homeId,
    title: 'Fire drill',
    everyMonths: 3,
    lastDoneOn: '2026-05-01',
    dueOn: null,
  });
  const values = Object.fromEntries(METRIC_FIELD_KEYS.map((k) => [k, null]));
  await t.call('metrics.save', {
    homeId: t.homeId,
    quarter: '2026-Q3',
    values: { ...values, complaints: 2, missingEpisodes: 1 },
    saveAnyway: true,
  });
  return inspection.savedId;
}

describe('records published to the provider hub', () => {
  it('queues nothing at all for a home that is not connected', async () => {
    const t = openHarness(tempFolder());
    await saveRecords(t);
    expect(bodies(t)).toEqual([]);
  });

  it('queues Reg 45 reviews, inspections with their requirements, compliance dates and figures', async () => {
    const t = openHarness(tempFolder());
    connect(t);
    await saveRecords(t);
    expect(lastOf(t, 'records.reg45')).toEqual({
      kind: 'records.reg45',
      records: [
        {
          ref: expect.any(Number),
          periodStart: '2026-04-01',
          periodEnd: '2026-09-30',
          completedOn: '2026-10-03',
          ofstedDueOn: '2026-10-31',
          sentToOfstedOn: null,
        },
      ],
    });
    expect(lastOf(t, 'records.inspections')).toMatchObject({
      inspections: [
        {
          inspectedOn: '2026-06-10',
          type: 'full',
          experiencesAndProgress: 2,
          // The recommendations are counted, never listed as requirements.
          requirements: [{ regulation: 'Regulation 12', complyBy: '2026-08-01', metOn: null }],
          recommendations: 2,
        },
      ],
    });
    const compliance = lastOf(t, 'records.compliance') as unknown as { dates: unknown[] };
    expect(compliance.dates).toContainEqual(
      expect.objectContaining({ title: 'Fire drill', lastDoneOn: '2026-05-01', nextDueOn: '2026-08-01' }),
    );
    expect(lastOf(t, 'figures.quarter')).toMatchObject({
      quarter: '2026-Q3',
      figures: { complaints: 2, missingEpisodes: 1 },
    });
  });

  it('says a requirement is met when the action made from it is done', async () => {
    const t = openHarness(tempFolder());
    connect(t);
    await saveRecords(t);
    const item = (await t.call('ofsted.overview', { homeId: t.homeId })).inspections[0]!.items[0]!;
    const action = await t.call('actions.create', {
      homeId: t.homeId,
      title: 'Audit the missing-from-care records',
      link: null,
      owner: 'Sam',
      dueOn: '2026-12-01',
      source: 'ofsted_requirement',
      origin: { kind: 'ofsted', id: item.id },
    });
    await t.call('actions.setStatus', {
      id: action.id,
      status: 'done',
      completedOn: '2026-11-18',
      evidence: 'Audit done',
      byName: 'Jo',
    });
    expect(lastOf(t, 'records.inspections')).toMatchObject({
      inspections: [{ requirements: [{ metOn: '2026-11-18' }] }],
    });
  });

  it('keeps the record and its publication together: a refused save queues nothing', async () => {
    const t = openHarness(tempFolder());
    connect(t);
    await saveRecords(t);
    const before = bodies(t).length;
    const refused = await t.attempt('reg45.save', {
      homeId: t.homeId,
      completedOn: '2026-10-03',
      periodStart: null,
      periodEnd: null,
      sentToOfstedOn: null,
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    expect(refused.ok).toBe(false);
    expect(bodies(t)).toHaveLength(before);
  });

  it('queues no figures for a quarter the home has not filled in', async () => {
    const t = openHarness(tempFolder());
    connect(t);
    await saveRecords(t);
    const before = bodies(t).length;
    createRecordPublications(t.store.db, () => new Date('2026-11-20T10:00:00Z')).figures(t.homeId, '2026-Q1');
    expect(bodies(t)).toHaveLength(before);
  });
});
