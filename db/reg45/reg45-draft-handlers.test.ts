import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations';
import { openHarness } from '../test-support/handler-harness';
import { callRefusal as refusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const LONG = `${'Children say they feel safe. '.repeat(3400)}<script>alert(1)</script> 🙂`;

describe('the Reg 45 review draft', () => {
  it('has its own migration, reg45-drafts, creating a STRICT table', () => {
    const { store } = openHarness(tempFolder());
    expect(migrations.map((m) => m.name)).toContain('reg45-drafts');
    const table = store.db
      .prepare("SELECT strict FROM pragma_table_list WHERE name = 'reg45_drafts'")
      .get() as { strict: number };
    expect(table.strict).toBe(1);
    store.close();
  });

  it('starts empty, then keeps long, HTML-looking text and per-standard comments exactly', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-05T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    expect(await call('reg45Draft.get', period)).toEqual({
      ...period,
      firstMonth: '2026-04',
      lastMonth: '2026-09',
      analysis: '',
      standards: {},
      signedBy: null,
      signedOn: null,
      periodProblem: null,
      periodReason: null,
      updatedAt: null,
    });
    const saved = await call('reg45Draft.save', {
      ...period,
      analysis: LONG,
      standards: { '7': 'Children’s meetings <b>now</b> monthly', '12': '   ' },
    });
    expect(saved).toMatchObject({
      analysis: LONG,
      standards: { '7': 'Children’s meetings <b>now</b> monthly' },
    });
    expect(saved.updatedAt).toBe('2026-10-05T09:00:00.000Z');
    expect(await call('reg45Draft.get', period)).toEqual(saved);
    // Another period and another home are separate drafts.
    expect((await call('reg45Draft.get', { homeId, quarter: '2026-Q1' })).analysis).toBe('');
    store.close();
  });

  it('refuses a standard that is not regulation 5 to 14, and text over the limits, naming the field', async () => {
    const { call, homeId, store } = openHarness(tempFolder());
    const period = { homeId, quarter: '2026-Q3' };
    const tooLong = await refusal(
      call('reg45Draft.save', { ...period, analysis: 'x'.repeat(100_001), standards: {} }),
    );
    expect(tooLong.fields).toEqual({ analysis: 'Shorten your analysis to 100,000 characters or fewer' });
    const comment = await refusal(
      call('reg45Draft.save', { ...period, analysis: '', standards: { '8': 'y'.repeat(20_001) } }),
    );
    expect(comment.fields).toEqual({
      'standards.8': 'Shorten the comment on this Quality Standard to 20,000 characters or fewer',
    });
    await expect(
      call('reg45Draft.save', {
        ...period,
        analysis: '',
        standards: { '15': 'no' } as Record<string, string>,
      }),
    ).rejects.toThrow();
    expect((await call('reg45Draft.get', period)).updatedAt).toBeNull();
    store.close();
  });

  it('refuses sign-off while the analysis is empty, in the future or before the period', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-05T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    const sign = { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-04' };
    const empty = await refusal(call('reg45Draft.sign', sign));
    expect(empty.message).toBe('Write your analysis before signing off the review.');
    expect(empty.fields).toEqual({
      analysis: 'Write your analysis of the quality of care before signing off',
    });
    await call('reg45Draft.save', { ...period, analysis: '   \n ', standards: {} });
    expect((await refusal(call('reg45Draft.sign', sign))).fields).toHaveProperty('analysis');

    await call('reg45Draft.save', {
      ...period,
      analysis: 'An honest look at the six months.',
      standards: {},
    });
    expect((await refusal(call('reg45Draft.sign', { ...sign, signedOn: '2026-10-06' }))).fields).toEqual({
      signedOn: 'Enter a date that is today or earlier',
    });
    expect((await refusal(call('reg45Draft.sign', { ...sign, signedOn: '2026-03-31' }))).fields).toEqual({
      signedOn: 'Enter a date on or after 1 April 2026, the start of the review period',
    });
    expect((await refusal(call('reg45Draft.sign', { ...sign, signedBy: '  ' }))).fields).toEqual({
      signedBy: 'Enter the name of the person signing off',
    });
    expect((await call('reg45Draft.get', period)).signedBy).toBeNull();
    store.close();
  });

  it('once signed refuses any change of words until the sign-off is withdrawn', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-05T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45Draft.save', { ...period, analysis: 'Signed words.', standards: { '5': 'Reg 5' } });
    const signed = await call('reg45Draft.sign', {
      ...period,
      signedBy: ' Alex Morgan ',
      signedOn: '2026-10-05',
    });
    expect(signed).toMatchObject({
      signedBy: 'Alex Morgan',
      signedOn: '2026-10-05',
      analysis: 'Signed words.',
    });
    const change = await refusal(call('reg45Draft.save', { ...period, analysis: 'Changed.', standards: {} }));
    expect(change.message).toMatch(/signed off, so its words cannot change\. Withdraw the sign-off first/);
    expect((await call('reg45Draft.get', period)).analysis).toBe('Signed words.');

    const unsigned = await call('reg45Draft.unsign', period);
    expect(unsigned).toMatchObject({ signedBy: null, signedOn: null, analysis: 'Signed words.' });
    expect((await call('reg45Draft.save', { ...period, analysis: 'Changed.', standards: {} })).analysis).toBe(
      'Changed.',
    );
    store.close();
  });

  it("signing off creates the period's Reg 45 record, or completes the one there, so the 28 days run from it", async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45Draft.save', { ...period, analysis: 'Our analysis.', standards: {} });
    await call('reg45Draft.sign', { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-05' });
    const created = await call('reg45.records', { homeId });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-10-05',
      ofstedDeadline: '2026-11-02',
    });

    // Withdrawn and signed again on another day: the same record, completed on the new day.
    await call('reg45Draft.unsign', period);
    await call('reg45Draft.sign', { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-12' });
    const again = await call('reg45.records', { homeId });
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: created[0]!.id, completedOn: '2026-10-12' });

    // A record the manager already kept for that day, without a period, is the one completed.
    const earlier = { homeId, quarter: '2026-Q1' };
    await call('reg45.record', { homeId, completedOn: '2026-04-10' });
    await call('reg45Draft.save', { ...earlier, analysis: 'Earlier.', standards: {} });
    await call('reg45Draft.sign', { ...earlier, signedBy: 'Alex Morgan', signedOn: '2026-04-10' });
    const both = await call('reg45.records', { homeId });
    expect(both).toHaveLength(2);
    expect(both.find((r) => r.completedOn === '2026-04-10')).toMatchObject({
      periodStart: '2025-10-01',
      periodEnd: '2026-03-31',
    });
    store.close();
  });

  it('says before sign-off when the period does not follow on, and signs it off only with a reason it keeps', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    const record = {
      placingAuthorities: 'unknown',
      sentToOfstedOn: null,
      placingAuthoritiesSentOn: null,
    } as const;
    // The home's cycle runs February to July: the draft's April to September overlaps it.
    await call('reg45.save', {
      homeId,
      ...record,
      periodStart: '2025-08-01',
      periodEnd: '2026-01-31',
      completedOn: '2026-02-10',
    });
    await call('reg45.save', {
      homeId,
      ...record,
      periodStart: '2026-02-01',
      periodEnd: '2026-07-31',
      completedOn: '2026-08-10',
    });
    const overlap =
      'This draft covers 1 April 2026 to 30 September 2026. This period overlaps the Reg 45 period already recorded for 1 February 2026 to 31 July 2026: start this one on 1 August 2026, the day after it ends.';
    expect((await call('reg45Draft.get', period)).periodProblem).toBe(overlap);
    // With no analysis either, both are asked for at once, each beside its own box.
    const both = await refusal(
      call('reg45Draft.sign', { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-05' }),
    );
    expect(both.message).toBe('Write your analysis before signing off the review.');
    expect(Object.keys(both.fields ?? {})).toEqual(['analysis', 'periodReason']);
    expect(
      (await call('reg45Draft.save', { ...period, analysis: 'Our analysis.', standards: {} })).periodProblem,
    ).toBe(overlap);

    const sign = { ...period, signedBy: 'Alex Morgan', signedOn: '2026-10-05' };
    for (const periodReason of [undefined, '   ']) {
      const refused = await refusal(call('reg45Draft.sign', { ...sign, periodReason }));
      expect(refused.message).toBe(overlap);
      expect(refused.fields).toEqual({
        periodReason: 'Give your reason for signing off this period, or correct the recorded period first',
      });
    }
    expect((await call('reg45Draft.get', period)).signedBy).toBeNull();
    expect(await call('reg45.records', { homeId })).toHaveLength(2);

    const reason = 'Ofsted asked for April to September to match the inspection <b>cycle</b>.';
    const signed = await call('reg45Draft.sign', { ...sign, periodReason: ` ${reason} ` });
    expect(signed).toMatchObject({ signedBy: 'Alex Morgan', periodReason: reason, periodProblem: null });
    const records = await call('reg45.records', { homeId });
    const created = records.find((r) => r.completedOn === '2026-10-05')!;
    expect(created).toMatchObject({ periodStart: '2026-04-01', periodEnd: '2026-09-30' });
    // The period signed off out of step still takes the day the report went to Ofsted.
    const sent = await call('reg45.save', {
      homeId,
      ...record,
      id: created.id,
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-10-05',
      sentToOfstedOn: '2026-10-19',
    });
    expect(sent.find((r) => r.id === created.id)?.sentToOfstedOn).toBe('2026-10-19');
    // A changed period is still checked.
    const moved = await refusal(
      call('reg45.save', {
        homeId,
        ...record,
        id: created.id,
        periodStart: '2026-03-01',
        periodEnd: '2026-08-31',
        completedOn: '2026-10-05',
      }),
    );
    expect(moved.fields).toHaveProperty('periodStart');

    // Withdrawn, the reason goes with the sign-off; its own record no longer counts against it.
    const unsigned = await call('reg45Draft.unsign', period);
    expect(unsigned).toMatchObject({ periodReason: null, periodProblem: overlap });
    store.close();
  });

  it('keeps no reason when the period follows on from the recorded one', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45.save', {
      homeId,
      periodStart: '2025-10-01',
      periodEnd: '2026-03-31',
      completedOn: '2026-04-10',
      sentToOfstedOn: null,
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    await call('reg45Draft.save', { ...period, analysis: 'Our analysis.', standards: {} });
    expect((await call('reg45Draft.get', period)).periodProblem).toBeNull();
    const signed = await call('reg45Draft.sign', {
      ...period,
      signedBy: 'Alex Morgan',
      signedOn: '2026-10-05',
      periodReason: 'Not needed',
    });
    expect(signed).toMatchObject({ signedOn: '2026-10-05', periodReason: null, periodProblem: null });
    store.close();
  });

  it('takes "today" in the home’s time: at 00:30 BST on 1 July, 1 July is not in the future', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-06-30T23:30:00Z');
    const period = { homeId, quarter: '2026-Q2' };
    await call('reg45Draft.save', { ...period, analysis: 'Written just after midnight.', standards: {} });
    const signed = await call('reg45Draft.sign', {
      ...period,
      signedBy: 'Alex Morgan',
      signedOn: '2026-07-01',
    });
    expect(signed.signedOn).toBe('2026-07-01');
    await call('reg45Draft.unsign', period);
    expect(
      (await refusal(call('reg45Draft.sign', { ...period, signedBy: 'Alex', signedOn: '2026-07-02' })))
        .fields,
    ).toEqual({
      signedOn: 'Enter a date that is today or earlier',
    });
    store.close();
  });

  it("lists the home's saved drafts, oldest period first, and no other home's", async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-05T09:00:00Z');
    expect(await call('reg45Draft.list', { homeId })).toEqual([]);
    const other = await call('homes.create', {
      name: 'Elm House',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    await call('reg45Draft.save', { homeId: other.id, quarter: '2026-Q1', analysis: 'Elm', standards: {} });
    const later = await call('reg45Draft.save', {
      homeId,
      quarter: '2026-Q3',
      analysis: 'Later',
      standards: {},
    });
    const earlier = await call('reg45Draft.save', {
      homeId,
      quarter: '2025-Q4',
      analysis: '',
      standards: { '8': 'School attendance is up' },
    });
    expect(await call('reg45Draft.list', { homeId })).toEqual([earlier, later]);
    store.close();
  });

  it('keeps a draft for a February to July period: saved, read, signed without a reason, withdrawn', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-08-20T09:00:00Z');
    await call('reg45.save', {
      homeId,
      placingAuthorities: 'unknown',
      sentToOfstedOn: null,
      placingAuthoritiesSentOn: null,
      periodStart: '2025-08-01',
      periodEnd: '2026-01-31',
      completedOn: '2026-02-10',
    });
    const period = { homeId, quarter: '2026-Q3', firstMonth: '2026-02', lastMonth: '2026-07' };
    const saved = await call('reg45Draft.save', { ...period, analysis: 'February to July.', standards: {} });
    expect(saved).toMatchObject({ ...period, analysis: 'February to July.', periodProblem: null });
    expect(await call('reg45Draft.get', period)).toEqual(saved);
    // The two whole quarters ending in July's quarter are another draft, which overlaps the cycle.
    const quarters = await call('reg45Draft.get', { homeId, quarter: '2026-Q3' });
    expect(quarters).toMatchObject({ firstMonth: '2026-04', lastMonth: '2026-09', analysis: '' });
    expect(quarters.periodProblem).toMatch(/^This draft covers 1 April 2026 to 30 September 2026\./);

    const signed = await call('reg45Draft.sign', {
      ...period,
      signedBy: 'Alex Morgan',
      signedOn: '2026-08-05',
    });
    expect(signed).toMatchObject({ signedBy: 'Alex Morgan', signedOn: '2026-08-05', periodReason: null });
    expect(
      (await call('reg45.records', { homeId })).find((r) => r.completedOn === '2026-08-05'),
    ).toMatchObject({
      periodStart: '2026-02-01',
      periodEnd: '2026-07-31',
    });
    // Before its first month it cannot be signed off.
    await call('reg45Draft.unsign', period);
    expect(
      (await refusal(call('reg45Draft.sign', { ...period, signedBy: 'Alex Morgan', signedOn: '2026-01-31' })))
        .fields,
    ).toEqual({ signedOn: 'Enter a date on or after 1 February 2026, the start of the review period' });
    expect(await call('reg45Draft.get', period)).toMatchObject({ signedBy: null, signedOn: null });
    expect((await call('reg45Draft.list', { homeId })).map((d) => [d.firstMonth, d.lastMonth])).toEqual([
      ['2026-02', '2026-07'],
    ]);
    store.close();
  });

  it.each([
    [{ firstMonth: '2026-02' }, 'Give both the first and the last month of the period'],
    [{ firstMonth: '2026-01', lastMonth: '2026-07' }, 'A Reg 45 period is at most six months'],
    [{ firstMonth: '2026-08', lastMonth: '2026-07' }, 'The last month must be on or after the first'],
    [
      { firstMonth: '2026-01', lastMonth: '2026-06' },
      'The last month of the period must fall in the quarter of the draft',
    ],
    [{ firstMonth: '2026-02', lastMonth: '2026-13' }, 'Enter a month as YYYY-MM, for example 2026-02'],
    // Months beside a quarter that is not one: the quarter is named, and nothing fails inside.
    [
      { quarter: '2026-Q9', firstMonth: '2026-02', lastMonth: '2026-07' },
      'Choose a quarter, for example 2026-Q3',
    ],
  ])('refuses months that cannot be a draft’s period: %j', async (months, message) => {
    const { attempt, homeId, store } = openHarness(tempFolder());
    const result = await attempt('reg45Draft.get', { homeId, quarter: '2026-Q3', ...months });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(result)).toContain(message);
    store.close();
  });

  it('refuses a home that does not exist, writing nothing', async () => {
    const { call, attempt, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    const missing = { homeId: 999, quarter: '2026-Q3' };
    await expect(call('reg45Draft.get', missing)).rejects.toThrow();
    await expect(call('reg45Draft.list', { homeId: 999 })).rejects.toThrow();
    for (const [name, input] of [
      ['reg45Draft.save', { ...missing, analysis: 'Words.', standards: {} }],
      ['reg45Draft.sign', { ...missing, signedBy: 'Alex Morgan', signedOn: '2026-10-05' }],
      ['reg45Draft.unsign', missing],
    ] as const) {
      expect(await attempt(name, input), name).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    const drafts = store.db.prepare('SELECT count(*) AS n FROM reg45_drafts').get() as { n: number };
    expect(drafts.n).toBe(0);
    expect(await call('reg45.records', { homeId })).toEqual([]);
    store.close();
  });

  it('can be signed off on the first day of its period, not the day before', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45Draft.save', { ...period, analysis: 'Signed early.', standards: {} });
    const signed = await call('reg45Draft.sign', {
      ...period,
      signedBy: 'Alex Morgan',
      signedOn: '2026-04-01',
    });
    expect(signed).toMatchObject({ signedBy: 'Alex Morgan', signedOn: '2026-04-01' });
    expect(await call('reg45.records', { homeId })).toMatchObject([
      { periodStart: '2026-04-01', periodEnd: '2026-09-30', completedOn: '2026-04-01' },
    ]);
    store.close();
  });

  it('lists an unsigned draft with what is wrong with its period, and a signed one without', async () => {
    const { call, homeId, store } = openHarness(tempFolder(), '2026-10-20T09:00:00Z');
    await call('reg45.save', {
      homeId,
      periodStart: '2026-02-01',
      periodEnd: '2026-07-31',
      completedOn: '2026-08-10',
      sentToOfstedOn: null,
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    const period = { homeId, quarter: '2026-Q3' };
    await call('reg45Draft.save', { ...period, analysis: 'Out of step.', standards: {} });
    const [listed] = await call('reg45Draft.list', { homeId });
    expect(listed!.periodProblem).toMatch(
      /^This draft covers 1 April 2026 to 30 September 2026\. This period overlaps/,
    );
    await call('reg45Draft.sign', {
      ...period,
      signedBy: 'Alex Morgan',
      signedOn: '2026-10-05',
      periodReason: 'Matches the inspection cycle',
    });
    const [signed] = await call('reg45Draft.list', { homeId });
    expect(signed).toMatchObject({ signedOn: '2026-10-05', periodProblem: null });
    store.close();
  });
});
