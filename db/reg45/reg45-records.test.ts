import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { callRefusal as refusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubOutbox } from '../hub-outbox/outbox';
import { createReg45Repository } from './reg45';

const tempFolder = useTempFolder();

const RECORD = {
  periodStart: null,
  periodEnd: null,
  sentToOfstedOn: null,
  placingAuthorities: 'unknown',
  placingAuthoritiesSentOn: null,
} as const;

describe('the home’s Reg 45 records', () => {
  it('lists the completion dates oldest first, and recording a day again keeps the date sent to Ofsted', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    await call('reg45.record', { homeId, completedOn: '2026-04-10', sentToOfstedOn: '2026-04-20' });
    expect(await call('reg45.record', { homeId, completedOn: '2025-10-09' })).toEqual([
      '2025-10-09',
      '2026-04-10',
    ]);
    // The same day again, without a date sent: still one record, and its date sent is not lost.
    expect(await call('reg45.record', { homeId, completedOn: '2026-04-10' })).toEqual([
      '2025-10-09',
      '2026-04-10',
    ]);
    const records = await call('reg45.records', { homeId });
    expect(records.map((r) => [r.completedOn, r.sentToOfstedOn])).toEqual([
      ['2026-04-10', '2026-04-20'],
      ['2025-10-09', null],
    ]);
    // A later date sent for that day replaces it.
    await call('reg45.record', { homeId, completedOn: '2026-04-10', sentToOfstedOn: '2026-04-22' });
    expect(
      (await call('reg45.records', { homeId })).find((r) => r.completedOn === '2026-04-10'),
    ).toMatchObject({ sentToOfstedOn: '2026-04-22' });
    store.close();
  });

  it('refuses a second review completed on the same day, keeping the first as it was', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    await call('reg45.save', { homeId, ...RECORD, completedOn: '2026-04-10', sentToOfstedOn: '2026-04-15' });
    const twice = await refusal(call('reg45.save', { homeId, ...RECORD, completedOn: '2026-04-10' }));
    expect(twice.message).toBe('There is already a Reg 45 review completed on that date.');
    expect(twice.fields).toEqual({ completedOn: 'Enter a different date, or change the existing record.' });
    const records = await call('reg45.records', { homeId });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ completedOn: '2026-04-10', sentToOfstedOn: '2026-04-15' });
    store.close();
  });

  it('refuses to change another home’s record through this home, leaving both homes’ records alone', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    const elm = await call('homes.create', {
      name: 'Elm House',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const [elmRecord] = await call('reg45.save', { homeId: elm.id, ...RECORD, completedOn: '2026-04-10' });
    const moved = await refusal(
      call('reg45.save', { homeId, ...RECORD, id: elmRecord!.id, completedOn: '2026-05-01' }),
    );
    expect(moved.message).toBe('That Reg 45 record no longer exists.');
    expect(await call('reg45.records', { homeId })).toEqual([]);
    expect((await call('reg45.records', { homeId: elm.id })).map((r) => r.completedOn)).toEqual([
      '2026-04-10',
    ]);
    store.close();
  });

  it('changes a record in place: its new dates and copies are what the records then show', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    const [first] = await call('reg45.save', { homeId, ...RECORD, completedOn: '2026-04-10' });
    const changed = await call('reg45.save', {
      homeId,
      ...RECORD,
      id: first!.id,
      completedOn: '2026-04-12',
      sentToOfstedOn: '2026-04-30',
      placingAuthorities: 'sent',
      placingAuthoritiesSentOn: '2026-05-02',
    });
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      id: first!.id,
      completedOn: '2026-04-12',
      sentToOfstedOn: '2026-04-30',
      placingAuthorities: 'sent',
      placingAuthoritiesSentOn: '2026-05-02',
    });
    store.close();
  });

  it('refuses to sign off a draft on a day another review with its own period is completed, signing nothing', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    await call('reg45.save', {
      homeId,
      ...RECORD,
      periodStart: '2025-10-01',
      periodEnd: '2026-03-31',
      completedOn: '2026-10-05',
    });
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45Draft.save', { ...period, analysis: 'Our analysis.', standards: {} });
    const clash = await refusal(
      call('reg45Draft.sign', { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-05' }),
    );
    expect(clash.message).toBe(
      'Another Reg 45 review is recorded as completed on that date. Change that record under Inspections, or sign off on another date.',
    );
    expect(await call('reg45Draft.get', period)).toMatchObject({ signedBy: null, signedOn: null });
    expect((await call('reg45.records', { homeId })).map((r) => [r.periodStart, r.completedOn])).toEqual([
      ['2025-10-01', '2026-10-05'],
    ]);
    store.close();
  });

  it('a connected home’s signed-off review reaches its provider’s hub with the period and the Ofsted deadline', async () => {
    const t = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    createHubOutbox(t.store.db).connect(t.homeId, {
      hubUrl: 'https://hub.example',
      hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
      credential: 'c'.repeat(43),
    });
    const sent = () =>
      (t.store.db.prepare('SELECT body FROM hub_outbox ORDER BY seq').pluck().all() as string[])
        .map((b) => JSON.parse(b) as { kind: string; records?: unknown })
        .filter((b) => b.kind === 'records.reg45');
    const period = { homeId: t.homeId, quarter: '2026-Q3' };
    await t.call('reg45Draft.save', { ...period, analysis: 'Our analysis.', standards: {} });
    // Words saved are the manager's draft: nothing goes to the hub until it is signed off.
    expect(sent()).toEqual([]);
    await t.call('reg45Draft.sign', { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-05' });
    const [record] = await t.call('reg45.records', { homeId: t.homeId });
    expect(sent()).toEqual([
      {
        kind: 'records.reg45',
        records: [
          {
            ref: record!.id,
            periodStart: '2026-04-01',
            periodEnd: '2026-09-30',
            completedOn: '2026-10-05',
            ofstedDueOn: '2026-11-02',
            sentToOfstedOn: null,
          },
        ],
      },
    ]);
    t.store.close();
  });

  it('answers each refusal with its kind, so the screen shows it beside the right box or as a clash', async () => {
    const { attempt, call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    await call('reg45.save', {
      homeId,
      ...RECORD,
      periodStart: '2025-10-01',
      periodEnd: '2026-03-31',
      completedOn: '2026-10-05',
    });
    const before = await call('reg45.records', { homeId });
    expect(await attempt('reg45.save', { homeId, ...RECORD, completedOn: '2026-10-05' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { completedOn: 'Enter a different date, or change the existing record.' },
      },
    });
    // A record that was never there, as one since removed: not found, and no error from inside.
    expect(
      await attempt('reg45.save', { homeId, ...RECORD, id: 987_654, completedOn: '2026-05-01' }),
    ).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not_found', message: 'That Reg 45 record no longer exists.' }),
    });
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45Draft.save', { ...period, analysis: 'Our analysis.', standards: {} });
    const sign = { ...period, signedBy: 'Alex Morgan' };
    expect(await attempt('reg45Draft.sign', { ...sign, signedOn: '2026-10-05' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await attempt('reg45Draft.sign', { ...sign, signedOn: '2026-10-21' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'The date of sign-off cannot be in the future.' },
    });
    expect(await attempt('reg45Draft.sign', { ...sign, signedOn: '2026-03-31' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'The review cannot be signed off before its period starts.' },
    });
    expect(await call('reg45.records', { homeId })).toEqual(before);
    expect((await call('reg45Draft.get', period)).signedBy).toBeNull();
    store.close();
  });

  it('gives the provider view every home’s completion dates, each home’s oldest first, and no home without one', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    const home = (name: string) =>
      call('homes.create', { name, urn: null, registeredManager: null, places: 2 });
    const elm = await home('Elm House');
    const ash = await home('Ash Lodge');
    await call('reg45.record', { homeId, completedOn: '2026-04-10' });
    await call('reg45.record', { homeId: elm.id, completedOn: '2026-05-02' });
    await call('reg45.record', { homeId, completedOn: '2025-10-09' });
    await call('reg45.record', { homeId: elm.id, completedOn: '2025-11-03' });
    await call('reg45.record', { homeId, completedOn: '2026-10-01' });
    const byHome = createReg45Repository(store.db).byHome();
    expect([...byHome.keys()].sort()).toEqual([homeId, elm.id].sort());
    expect(byHome.get(homeId)).toEqual(['2025-10-09', '2026-04-10', '2026-10-01']);
    expect(byHome.get(elm.id)).toEqual(['2025-11-03', '2026-05-02']);
    expect(byHome.has(ash.id)).toBe(false);
    store.close();
  });

  it('refuses to sign a period off on a day another record already holds, leaving the records and the draft as they were', async () => {
    const { attempt, call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45Draft.save', { ...period, analysis: 'Our analysis.', standards: {} });
    await call('reg45Draft.sign', { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-05' });
    // Withdrawn, the period's record goes; another review of its own period was completed on the 12th.
    await call('reg45Draft.unsign', period);
    await call('reg45.save', {
      homeId,
      ...RECORD,
      periodStart: '2025-10-01',
      periodEnd: '2026-03-31',
      completedOn: '2026-10-12',
    });
    const before = await call('reg45.records', { homeId });
    const clash = await attempt('reg45Draft.sign', {
      ...period,
      signedBy: 'Alex Morgan',
      signedOn: '2026-10-12',
    });
    expect(clash).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Another Reg 45 review is recorded as completed on that date. Change that record under Inspections, or sign off on another date.',
      },
    });
    expect(await call('reg45.records', { homeId })).toEqual(before);
    expect(await call('reg45Draft.get', period)).toMatchObject({ signedBy: null, signedOn: null });
    store.close();
  });
});
