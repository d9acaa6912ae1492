import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import { openHarness } from '../test-support/handler-harness';
import { secondHome } from '../test-support/improvement-samples';
import { useTempFolder } from '../test-support/temp-folder';
import { BUILTIN_DUTIES } from './builtin-duties';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

const duty = (homeId: number, extra: Partial<InputOf<'duties.save'>> = {}): InputOf<'duties.save'> => ({
  homeId,
  title: 'Fire drill review',
  everyMonths: 6,
  lastDoneOn: '2026-08-01',
  dueOn: null,
  ...extra,
});

const ownDuties = async (t: Harness) =>
  (await t.call('duties.overview', { homeId: t.homeId })).duties.filter((d) => d.builtinKey === null);

describe('the home’s own recurring duties', () => {
  it('are listed after the built-in ones, and corrected in place', async () => {
    const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    await t.call('duties.save', duty(t.homeId, { builtinKey: 'childrens-guide', title: '' }));
    const saved = await t.call('duties.save', duty(t.homeId));
    expect(saved.duties.map((d) => d.ref)).toEqual([
      ...BUILTIN_DUTIES.map((b) => `builtin:${b.key}`),
      `own:${saved.duties.at(-1)!.id}`,
    ]);
    const id = saved.duties.at(-1)!.id!;
    expect(saved.duties.at(-1)).toMatchObject({
      title: 'Fire drill review',
      basis: '',
      nextDueOn: '2027-02-01',
    });
    const changed = await t.call(
      'duties.save',
      duty(t.homeId, { id, title: 'Fire drill', everyMonths: 3, lastDoneOn: '2026-09-01' }),
    );
    expect(changed.duties.filter((d) => d.builtinKey === null)).toEqual([
      {
        ref: `own:${id}`,
        builtinKey: null,
        id,
        title: 'Fire drill',
        basis: '',
        everyMonths: 3,
        lastDoneOn: '2026-09-01',
        nextDueOn: '2026-12-01',
        state: 'due-soon',
      },
    ]);
  });

  it('count a one-off duty done once it has a date done, and late while it has only a date due', async () => {
    const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    await t.call('duties.save', duty(t.homeId, { everyMonths: null, lastDoneOn: null, dueOn: '2026-11-01' }));
    const [pending] = await ownDuties(t);
    expect(pending).toMatchObject({ nextDueOn: '2026-11-01', state: 'late' });
    await t.call(
      'duties.save',
      duty(t.homeId, { id: pending!.id!, everyMonths: null, lastDoneOn: '2026-11-10', dueOn: '2026-11-01' }),
    );
    expect((await ownDuties(t))[0]).toMatchObject({
      lastDoneOn: '2026-11-10',
      nextDueOn: null,
      state: 'done',
    });
  });

  it('refuses a duty with no name, or dated after today, and saves nothing', async () => {
    const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    expect(await t.attempt('duties.save', duty(t.homeId, { title: '   ' }))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Enter the name of the duty.',
        fields: { title: 'Enter the name of the duty' },
      },
    });
    expect(await t.attempt('duties.save', duty(t.homeId, { lastDoneOn: '2026-11-21' }))).toMatchObject({
      ok: false,
      error: {
        message: 'The date it was last done cannot be in the future.',
        fields: { lastDoneOn: 'Enter a date that is today or earlier' },
      },
    });
    expect(await ownDuties(t)).toEqual([]);
  });

  it('refuses to change another home’s duty, a built-in one by its id, one that is gone, or an unknown built-in', async () => {
    const t = openHarness(tempFolder());
    const elm = secondHome(t);
    const elmDuty = (await t.call('duties.save', duty(elm))).duties.at(-1)!.id!;
    await t.call('duties.save', duty(t.homeId, { builtinKey: 'childrens-guide', title: '' }));
    const builtinRow = t.store.db
      .prepare("SELECT id FROM duties WHERE home_id = ? AND builtin_key = 'childrens-guide'")
      .pluck()
      .get(t.homeId) as number;
    const gone = { ok: false, error: { code: 'not_found', message: 'That duty no longer exists.' } };
    for (const id of [elmDuty, builtinRow, 999]) {
      expect(await t.attempt('duties.save', duty(t.homeId, { id, title: 'Taken over' }))).toMatchObject(gone);
    }
    expect(await t.attempt('duties.save', duty(t.homeId, { builtinKey: 'no-such-duty' }))).toMatchObject(
      gone,
    );
    expect(await ownDuties(t)).toEqual([]);
    expect((await t.call('duties.overview', { homeId: elm })).duties.at(-1)!.title).toBe('Fire drill review');
  });
});

describe('the built-in duties', () => {
  it('show the date each was last done, and count the one-off registration done once it has one', async () => {
    const t = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    const before = await t.call('duties.overview', { homeId: t.homeId });
    expect(before.duties.find((d) => d.builtinKey === 'manager-registration')).toMatchObject({
      lastDoneOn: null,
      state: 'not-recorded',
    });
    await t.call(
      'duties.save',
      duty(t.homeId, { builtinKey: 'manager-registration', title: '', everyMonths: null }),
    );
    const after = await t.call('duties.overview', { homeId: t.homeId });
    expect(after.duties.find((d) => d.builtinKey === 'manager-registration')).toMatchObject({
      lastDoneOn: '2026-08-01',
      nextDueOn: null,
      state: 'done',
    });
  });
});

describe('the home’s today', () => {
  it('is the date in England, not in UTC, just after midnight in summer time', async () => {
    const t = openHarness(tempFolder(), '2026-06-14T23:30:00Z');
    expect(await t.call('app.today', {})).toBe('2026-06-15');
  });
});
