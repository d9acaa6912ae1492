import type { Pool, PoolClient } from 'pg';

export type HubRole = 'provider_admin' | 'ri' | 'quality_lead' | 'commissioner';
export const HUB_ROLES: readonly HubRole[] = ['provider_admin', 'ri', 'quality_lead', 'commissioner'];

/** Who is reading: every read of a provider's data runs as hub_reader with this scope. */
export interface ReaderScope {
  providerId: number;
  role: HubRole;
  localAuthority: string | null;
}

async function inTransaction<T>(
  pool: Pool,
  setUp: (c: PoolClient) => Promise<unknown>,
  work: (c: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await setUp(client);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Runs `work` in a transaction as hub_reader, scoped to one provider (and, for a commissioner, one local
 * authority). The settings and the role are transaction-local, so the pooled connection forgets them at
 * COMMIT or ROLLBACK. Row-level security filters every query inside, whatever its WHERE says.
 */
export function asReader<T>(pool: Pool, scope: ReaderScope, work: (c: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(
    pool,
    async (c) => {
      await c.query(
        `SELECT set_config('hub.provider_id', $1, true), set_config('hub.role', $2, true),
                set_config('hub.local_authority', $3, true)`,
        [String(scope.providerId), scope.role, scope.localAuthority ?? ''],
      );
      await c.query('SET LOCAL ROLE hub_reader');
    },
    work,
  );
}

/** Runs `work` in a transaction as hub_home_writer, able to touch only this home's rows. */
export function asHome<T>(pool: Pool, homeId: string, work: (c: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(
    pool,
    async (c) => {
      await c.query(`SELECT set_config('hub.home_id', $1, true)`, [homeId]);
      await c.query('SET LOCAL ROLE hub_home_writer');
    },
    work,
  );
}

/** The service's own work before anyone is known (sign-in, enrolment): the table owner, in a transaction. */
export function asService<T>(pool: Pool, work: (c: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, async () => undefined, work);
}
