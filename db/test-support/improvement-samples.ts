import type { InputOf } from '../../contract/operations';
import type { StaffMember } from '../../contract/team';
import { createHubOutbox } from '../hub-outbox/outbox';
import type { openHarness } from './handler-harness';

type Harness = ReturnType<typeof openHarness>;

/** An action as the action form sends it: linked to an indicator, due on 1 December 2026. */
export const sampleAction = (
  homeId: number,
  extra: Partial<InputOf<'actions.create'>> = {},
): InputOf<'actions.create'> => ({
  homeId,
  title: 'Evening walk-rounds',
  link: { kind: 'indicator', key: 'lead.visible' },
  owner: 'Sam (deputy)',
  dueOn: '2026-12-01',
  source: 'review',
  ...extra,
});

/** A member of staff as the staff list holds them, with nothing recorded but what `over` gives. */
export const staffMemberRow = (over: Partial<StaffMember>): StaffMember => ({
  id: 1,
  homeId: 1,
  name: 'Sam',
  role: '',
  startedOn: null,
  status: 'active',
  leftOn: null,
  lastAppraisalOn: null,
  lastSupervisionOn: null,
  supervisionDueOn: null,
  dbsCheckedOn: null,
  dbsDueOn: null,
  ...over,
});

/** A second home, Elm, beside the harness's own, for refusals across homes. */
export const secondHome = (t: Harness): number =>
  t.store.handlers['homes.create']({ name: 'Elm', urn: null, registeredManager: null, places: 2 }).id;

/** Connects the harness's home to a provider hub, so its saves queue publications. */
export const connectToHub = (t: Harness) =>
  createHubOutbox(t.store.db).connect(t.homeId, {
    hubUrl: 'https://hub.example',
    hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
    credential: 'c'.repeat(43),
  });
