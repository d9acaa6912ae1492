import type { InputOf } from '../../contract/operations';
import { openHarness } from './handler-harness';

/** A member of staff as the staff form sends them. */
export const member = (homeId: number, name: string, extra: Partial<InputOf<'staff.save'>> = {}) => ({
  homeId,
  name,
  role: 'Residential support worker',
  startedOn: '2025-01-06' as string | null,
  status: 'active' as const,
  leftOn: null as string | null,
  ...extra,
});

/** One home with Sam Patel on its staff list, a qualification deadline maker, and people who must be refused. */
export async function setUpStaffDates(folder: string) {
  const h = openHarness(folder, '2026-11-20T10:00:00Z');
  const list = await h.call('staff.save', member(h.homeId, 'Sam Patel'));
  const sam = list.find((m) => m.name === 'Sam Patel')!.id;
  const deadline = (staffId: number | null, extra: Partial<InputOf<'qualifications.save'>> = {}) => ({
    homeId: h.homeId,
    staffId,
    level: 3 as const,
    startedOn: '2025-01-06',
    achievedOn: null,
    ...extra,
  });
  /** A second home, Elm. */
  const otherHome = () =>
    h.store.handlers['homes.create']({ name: 'Elm', urn: null, registeredManager: null, places: 2 });
  /** Someone on another home's list, and someone here who has left. */
  async function strangers() {
    const elm = otherHome();
    const [elmPerson] = await h.call('staff.save', member(elm.id, 'Elm person'));
    const here = await h.call(
      'staff.save',
      member(h.homeId, 'Zed', { status: 'left', leftOn: '2026-01-01' }),
    );
    return { elmPerson, left: here.find((m) => m.name === 'Zed') };
  }
  return { ...h, sam, deadline, strangers, otherHome };
}
