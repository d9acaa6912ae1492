import type { Pool } from 'pg';
import type { HubMigration } from '../migrations';

/** Any number; the same for every hub instance, so instances starting together migrate one at a time. */
const MIGRATION_LOCK = 25_2025;

export class NewerHubSchemaError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was set up by a newer version of the hub (schema version ${found}; this version ` +
        `understands up to ${known}). Run the newer hub. Nothing has been changed.`,
    );
    this.name = 'NewerHubSchemaError';
  }
}

/**
 * Applies every pending migration in one transaction, with the schema version in hub_schema_version:
 * the database reaches the latest version or is left exactly as it was. An advisory lock makes
 * instances that start at the same moment wait for each other instead of racing.
 */
export async function migrateHub(
  pool: Pool,
  migrations: readonly HubMigration[],
): Promise<{ from: number; to: number }> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Hub migration "${m.name}" has version ${m.version}; expected ${i + 1}.`);
  });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS hub_schema_version (version integer NOT NULL)');
    const found = await client.query<{ version: number }>('SELECT version FROM hub_schema_version');
    const from = found.rows[0]?.version ?? 0;
    const latest = migrations.length;
    if (from > latest) throw new NewerHubSchemaError(from, latest);
    for (const m of migrations.slice(from)) await client.query(m.sql);
    if (found.rows.length === 0) await client.query('INSERT INTO hub_schema_version VALUES ($1)', [latest]);
    else await client.query('UPDATE hub_schema_version SET version = $1', [latest]);
    await client.query('COMMIT');
    return { from, to: latest };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
