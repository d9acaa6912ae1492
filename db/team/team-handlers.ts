import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../contract/operations';
import type { createHomesRepository } from '../homes/homes';
import { createStaffRepository } from './staff-repository';

type TeamOperations = 'staff.list' | 'staff.save';

/** The home's staff team. */
export function createTeamHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
): Pick<Handlers, TeamOperations> {
  const staff = createStaffRepository(db);
  return {
    'staff.list': ({ homeId }) => staff.list(homes.get(homeId).id),
    'staff.save': (input) => {
      homes.get(input.homeId);
      staff.save(input);
      return staff.list(input.homeId);
    },
  };
}
