import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import type { InputOf, OperationName, ResultOf } from '../../contract/operations';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

function setUp() {
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: '1.0.0' });
  const attempt = <K extends OperationName>(name: K, input: InputOf<K>) =>
    dispatch(store.handlers, name, input, () => undefined);
  const call = async <K extends OperationName>(name: K, input: InputOf<K>) => {
    const result = await attempt(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ResultOf<K>;
  };
  const home = (name: string) =>
    store.handlers['homes.create']({ name, urn: null, registeredManager: null, places: 4 }).id;
  return { store, call, attempt, home };
}

const member = (homeId: number, extra: Partial<InputOf<'staff.save'>> = {}): InputOf<'staff.save'> => ({
  homeId,
  name: 'Sam Patel',
  role: 'Deputy manager',
  startedOn: '2024-03-01',
  status: 'active',
  leftOn: null,
  ...extra,
});

describe('staff list', () => {
  it('keeps each home its own list, current staff first, and records who has left', async () => {
    const { call, home } = setUp();
    const oak = home('Oak');
    const elm = home('Elm');
    await call('staff.save', member(oak, { name: 'zoe (nights)', role: 'Residential worker' }));
    await call('staff.save', member(elm, { name: 'Elm person' }));
    const list = await call('staff.save', member(oak));
    expect(list.map((s) => s.name)).toEqual(['Sam Patel', 'zoe (nights)']);
    const zoe = list[1]!;
    const after = await call('staff.save', {
      ...member(oak, { name: zoe.name, role: zoe.role }),
      id: zoe.id,
      status: 'left',
      leftOn: '2026-10-31',
    });
    expect(after.map((s) => [s.name, s.status, s.leftOn])).toEqual([
      ['Sam Patel', 'active', null],
      ['zoe (nights)', 'left', '2026-10-31'],
    ]);
    expect((await call('staff.list', { homeId: elm })).map((s) => s.name)).toEqual(['Elm person']);
  });

  it('keeps names with emoji, markup and right-to-left text as typed, trimmed of spaces', async () => {
    const { call, home } = setUp();
    const oak = home('Oak');
    const name = ' <b>Jo</b> 🌟 مريم ';
    const list = await call('staff.save', member(oak, { name }));
    expect(list[0]!.name).toBe(name.trim());
  });

  it('refuses a blank name, a leaving date before the start, and another home’s member, changing nothing', async () => {
    const { call, attempt, home, store } = setUp();
    const oak = home('Oak');
    const elm = home('Elm');
    const [sam] = await call('staff.save', member(oak));
    const blank = await attempt('staff.save', member(oak, { name: '   ' }));
    expect(blank).toMatchObject({ ok: false, error: { fields: { name: 'Enter a name or initials' } } });
    const backwards = await attempt('staff.save', {
      ...member(oak),
      id: sam!.id,
      status: 'left',
      leftOn: '2024-01-01',
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { fields: { leftOn: 'Enter a date they left that is on or after the date they started' } },
    });
    const wrongHome = await attempt('staff.save', { ...member(elm), id: sam!.id });
    expect(wrongHome).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That member of staff is no longer on the list.' },
    });
    expect(store.handlers['staff.list']({ homeId: elm })).toEqual([]);
    expect(store.handlers['staff.list']({ homeId: oak })).toEqual([sam]);
  });

  it('trims the role as it trims the name', async () => {
    const { call, home } = setUp();
    const oak = home('Oak');
    const [sam] = await call('staff.save', member(oak, { role: '  Night worker \t' }));
    expect(sam!.role).toBe('Night worker');
  });

  it('accepts someone who left on the day they started, and says why an earlier date is refused', async () => {
    const { call, attempt, home } = setUp();
    const oak = home('Oak');
    const [sam] = await call('staff.save', member(oak));
    const leaving = (leftOn: string) => ({ ...member(oak), id: sam!.id, status: 'left' as const, leftOn });
    expect(await attempt('staff.save', leaving('2024-02-29'))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'The date they left is before the date they started.' },
    });
    expect(await call('staff.list', { homeId: oak })).toEqual([sam]);
    const [left] = await call('staff.save', leaving('2024-03-01'));
    expect(left).toMatchObject({ status: 'left', startedOn: '2024-03-01', leftOn: '2024-03-01' });
  });

  it('drops a leaving date for someone who still works here, even one before they started', async () => {
    const { call, home } = setUp();
    const oak = home('Oak');
    const [early] = await call('staff.save', member(oak, { name: 'Ali', leftOn: '2020-01-01' }));
    expect(early).toMatchObject({ status: 'active', leftOn: null });
  });

  it('drops a leaving date for someone who still works here', async () => {
    const { call, home } = setUp();
    const oak = home('Oak');
    const [sam] = await call('staff.save', member(oak, { leftOn: '2026-01-01' }));
    expect(sam!.leftOn).toBeNull();
  });
});
