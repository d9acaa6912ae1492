import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../hub/test-support/throwaway-postgres';

export const HUB_CLI = path.join(__dirname, '..', 'dist', 'hub', 'cli.cjs');
export const HUB_ADMIN_EMAIL = 'admin@oak.example';

export interface HubDatabase {
  cluster: ThrowawayPostgres;
  pgUrl: string;
  /** The first admin's password, as `--add-provider` prints it once. */
  adminPassword: string;
}

/**
 * A throwaway PostgreSQL with one database, holding the provider Oak Care and its first admin, set up
 * with the hub's own `--add-provider` command as a provider would. The caller stops the cluster.
 */
export async function hubDatabaseWithProvider(database: string): Promise<HubDatabase> {
  const cluster = await startThrowawayPostgres();
  try {
    const pgUrl = await cluster.createDatabase(database);
    const added = execFileSync(
      process.execPath,
      [HUB_CLI, '--pg', pgUrl, '--add-provider', 'Oak Care', '--admin-email', HUB_ADMIN_EMAIL],
      { encoding: 'utf8' },
    );
    const adminPassword = /shown once\): (\S+)/.exec(added)?.[1];
    if (!adminPassword) throw new Error(`--add-provider printed no password:\n${added}`);
    return { cluster, pgUrl, adminPassword };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}
