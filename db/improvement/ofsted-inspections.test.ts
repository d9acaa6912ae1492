import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import { openHarness } from '../test-support/handler-harness';
import { secondHome as otherHome } from '../test-support/improvement-samples';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

const inspection = (
  homeId: number,
  extra: Partial<InputOf<'ofsted.saveInspection'>> = {},
): InputOf<'ofsted.saveInspection'> => ({
  homeId,
  inspectedOn: '2026-10-02',
  kind: 'full',
  experiencesAndProgress: 2,
  helpedAndProtected: 3,
  leadersAndManagers: 2,
  interimOutcome: null,
  reportUrl: '',
  ...extra,
});

const item = (
  inspectionId: number,
  extra: Partial<InputOf<'ofsted.saveItem'>> = {},
): InputOf<'ofsted.saveItem'> => ({
  inspectionId,
  kind: 'requirement',
  regulation: 'Reg 12',
  text: 'Review risk assessments after each missing episode',
  complyBy: '2026-12-01',
  ...extra,
});

describe('Ofsted inspections', () => {
  it('keeps the three judgements only for a full inspection, and the outcome only for an interim one', async () => {
    const t = openHarness(tempFolder());
    const { savedId } = await t.call(
      'ofsted.saveInspection',
      inspection(t.homeId, { interimOutcome: 'improved' }),
    );
    const full = (await t.call('ofsted.overview', { homeId: t.homeId })).inspections[0]!;
    expect(full).toMatchObject({
      kind: 'full',
      judgements: { experiencesAndProgress: 2, helpedAndProtected: 3, leadersAndManagers: 2 },
      interimOutcome: null,
    });
    const { savedId: again, value } = await t.call(
      'ofsted.saveInspection',
      inspection(t.homeId, {
        id: savedId,
        kind: 'interim',
        interimOutcome: 'sustained',
        inspectedOn: '2026-10-03',
      }),
    );
    expect(again).toBe(savedId);
    expect(value.inspections).toHaveLength(1);
    expect(value.inspections[0]).toMatchObject({
      id: savedId,
      inspectedOn: '2026-10-03',
      kind: 'interim',
      judgements: { experiencesAndProgress: null, helpedAndProtected: null, leadersAndManagers: null },
      interimOutcome: 'sustained',
      calibration: null,
    });
  });

  it('is not calibrated against the home’s review unless it was a full inspection', async () => {
    const t = openHarness(tempFolder());
    t.store.db
      .prepare(
        `INSERT INTO reviews (home_id, quarter, framework_version, status, overall, signed_on, completed_at)
         VALUES (?, '2026-Q2', 1, 'completed', 3, '2026-07-10', '2026-07-10T10:00:00Z')`,
      )
      .run(t.homeId);
    await t.call('ofsted.saveInspection', inspection(t.homeId, { kind: 'monitoring' }));
    const { inspections, calibration } = await t.call('ofsted.overview', { homeId: t.homeId });
    expect(inspections[0]).toMatchObject({ kind: 'monitoring', calibration: null });
    expect(calibration).toEqual({ compared: 0, agreed: 0, higher: 0, lower: 0 });
  });

  it('refuses an inspection after today, and changing another home’s inspection or one that is gone', async () => {
    const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    expect(
      await t.attempt('ofsted.saveInspection', inspection(t.homeId, { inspectedOn: '2026-11-21' })),
    ).toMatchObject({
      ok: false,
      error: {
        message: 'The date of an inspection cannot be in the future.',
        fields: { inspectedOn: 'Enter a date that is today or earlier' },
      },
    });
    const elm = otherHome(t);
    const elmInspection = (await t.call('ofsted.saveInspection', inspection(elm))).savedId;
    const gone = { ok: false, error: { code: 'not_found', message: 'That inspection no longer exists.' } };
    expect(
      await t.attempt('ofsted.saveInspection', inspection(t.homeId, { id: elmInspection, kind: 'other' })),
    ).toMatchObject(gone);
    expect(await t.attempt('ofsted.saveInspection', inspection(t.homeId, { id: 999 }))).toMatchObject(gone);
    expect(await t.attempt('ofsted.saveItem', item(999))).toMatchObject(gone);
    expect((await t.call('ofsted.overview', { homeId: elm })).inspections[0]).toMatchObject({ kind: 'full' });
    expect((await t.call('ofsted.overview', { homeId: t.homeId })).inspections).toEqual([]);
  });
});

describe('requirements and recommendations', () => {
  it('are listed under their own inspection, requirements first, and corrected in place', async () => {
    const t = openHarness(tempFolder());
    const older = (await t.call('ofsted.saveInspection', inspection(t.homeId, { inspectedOn: '2025-09-01' })))
      .savedId;
    const newer = (await t.call('ofsted.saveInspection', inspection(t.homeId))).savedId;
    await t.call('ofsted.saveItem', item(older, { text: 'Older requirement' }));
    await t.call('ofsted.saveItem', item(newer, { kind: 'recommendation', text: 'A recommendation' }));
    const saved = await t.call('ofsted.saveItem', item(newer, { text: 'Newer requirement' }));
    expect(saved.inspections.map((i) => [i.id, i.items.map((it) => it.text)])).toEqual([
      [newer, ['Newer requirement', 'A recommendation']],
      [older, ['Older requirement']],
    ]);
    const id = saved.inspections[0]!.items[0]!.id;
    const corrected = await t.call(
      'ofsted.saveItem',
      item(newer, { id, regulation: 'Reg 13', text: 'Corrected', complyBy: null }),
    );
    expect(corrected.inspections[0]!.items[0]).toEqual({
      id,
      kind: 'requirement',
      regulation: 'Reg 13',
      text: 'Corrected',
      complyBy: null,
      actionId: null,
    });
  });

  it('refuses to move an item to another inspection, or change one that is gone', async () => {
    const t = openHarness(tempFolder());
    const first = (await t.call('ofsted.saveInspection', inspection(t.homeId))).savedId;
    const second = (
      await t.call('ofsted.saveInspection', inspection(t.homeId, { inspectedOn: '2026-10-20' }))
    ).savedId;
    const saved = await t.call('ofsted.saveItem', item(first));
    const id = saved.inspections.find((i) => i.id === first)!.items[0]!.id;
    const gone = {
      ok: false,
      error: { code: 'not_found', message: 'That requirement or recommendation no longer exists.' },
    };
    expect(await t.attempt('ofsted.saveItem', item(second, { id, text: 'Moved' }))).toMatchObject(gone);
    expect(await t.attempt('ofsted.saveItem', item(first, { id: 999 }))).toMatchObject(gone);
    const after = await t.call('ofsted.overview', { homeId: t.homeId });
    expect(after.inspections.map((i) => [i.id, i.items.map((it) => it.text)])).toEqual([
      [second, []],
      [first, ['Review risk assessments after each missing episode']],
    ]);
  });
});

describe('a requirement past its compliance date', () => {
  const alerts = async (t: Harness) =>
    (await t.call('dashboard.get', { homeId: t.homeId })).alerts.filter(
      (a) => a.kind === 'requirement-overdue',
    );

  it('raises an alert from the day after the date until its action is done', async () => {
    const t = openHarness(tempFolder(), '2026-12-01T12:00:00Z');
    const { savedId } = await t.call('ofsted.saveInspection', inspection(t.homeId));
    const saved = await t.call('ofsted.saveItem', item(savedId));
    const requirement = saved.inspections[0]!.items[0]!;
    expect(await alerts(t)).toEqual([]);
    t.setClock('2026-12-02T00:30:00Z');
    expect((await alerts(t)).map((a) => [a.title, a.detail])).toEqual([
      [
        'An Ofsted requirement is past its compliance date',
        'Reg 12: the compliance date was 1 December 2026.',
      ],
    ]);
    const made = await t.call('actions.create', {
      homeId: t.homeId,
      title: requirement.text,
      link: null,
      owner: 'Jo',
      dueOn: '2026-12-01',
      source: 'ofsted_requirement',
      origin: { kind: 'ofsted', id: requirement.id },
    });
    await t.call('actions.setStatus', { id: made.id, status: 'in_progress', byName: 'Jo' });
    expect(await alerts(t)).toHaveLength(1);
    await t.call('actions.setStatus', {
      id: made.id,
      status: 'done',
      completedOn: '2026-12-02',
      evidence: 'All reviewed',
      byName: 'Jo',
    });
    expect(await alerts(t)).toEqual([]);
  });

  it('raises none for a recommendation or a requirement with no compliance date', async () => {
    const t = openHarness(tempFolder(), '2026-12-10T12:00:00Z');
    const { savedId } = await t.call('ofsted.saveInspection', inspection(t.homeId));
    await t.call('ofsted.saveItem', item(savedId, { kind: 'recommendation' }));
    await t.call('ofsted.saveItem', item(savedId, { complyBy: null }));
    expect(await alerts(t)).toEqual([]);
  });
});
