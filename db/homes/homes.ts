import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Home } from '../../contract/home';
import { ServiceError } from '../../contract/result';

export interface HomeValues {
  name: string;
  urn: string | null;
  registeredManager: string | null;
  /** Left out (older callers, the sample home): not recorded. */
  provider?: string | null;
  responsibleIndividual?: string | null;
  places: number;
}

const NOT_RECORDED = { provider: null, responsibleIndividual: null };

interface HomeRow {
  id: number;
  name: string;
  urn: string | null;
  registered_manager: string | null;
  provider: string | null;
  responsible_individual: string | null;
  places: number;
  created_at: string;
  updated_at: string;
}

const toHome = (r: HomeRow): Home => ({
  id: r.id,
  name: r.name,
  urn: r.urn,
  registeredManager: r.registered_manager,
  provider: r.provider,
  responsibleIndividual: r.responsible_individual,
  places: r.places,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createHomesRepository(db: Database) {
  const all = db.prepare<[], HomeRow>('SELECT * FROM homes ORDER BY name COLLATE NOCASE, id');
  const byId = db.prepare<[number], HomeRow>('SELECT * FROM homes WHERE id = ?');
  const byUrn = db.prepare<[string, number], { id: number }>(
    'SELECT id FROM homes WHERE urn = ? AND id <> ?',
  );
  const insert = db.prepare(
    `INSERT INTO homes (name, urn, registered_manager, provider, responsible_individual, places, created_at,
       updated_at)
     VALUES (@name, @urn, @registeredManager, @provider, @responsibleIndividual, @places, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE homes SET name = @name, urn = @urn, registered_manager = @registeredManager, provider = @provider,
       responsible_individual = @responsibleIndividual, places = @places, updated_at = @at WHERE id = @id`,
  );

  function get(id: number): Home {
    const row = byId.get(id);
    if (!row) throw new ServiceError('not_found', 'That home could not be found. It may have been removed.');
    return toHome(row);
  }

  function assertUrnFree(urn: string | null, exceptId: number) {
    if (urn && byUrn.get(urn, exceptId)) {
      throw new ServiceError('conflict', `Another home already has the URN ${urn}.`, {
        urn: `Another home already has the URN ${urn}. Check the number on the registration certificate.`,
      });
    }
  }

  return {
    list: (): Home[] => all.all().map(toHome),
    get,
    /** `at`: the app's clock, never SQLite's (a home added at 00:30 BST is added on the home's date). */
    create(values: HomeValues, at: Date): Home {
      assertUrnFree(values.urn, 0);
      const { lastInsertRowid } = insert.run({ ...NOT_RECORDED, ...values, at: at.toISOString() });
      return get(Number(lastInsertRowid));
    },
    update(id: number, values: HomeValues, at: Date): Home {
      assertUrnFree(values.urn, id);
      // Left out, they keep what is recorded; given (null included), they replace it.
      const current = get(id);
      const kept = { provider: current.provider, responsibleIndividual: current.responsibleIndividual };
      update.run({ ...kept, ...values, id, at: at.toISOString() });
      return get(id);
    },
  };
}
