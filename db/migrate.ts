import type { Database } from 'better-sqlite3-multiple-ciphers';
import { log } from './log/logger';
import type { Migration } from './migrations';

export class NewerDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This data was saved by a newer version of Hallmarks (data version ${found}; this version understands up to ${known}). ` +
        'Install the latest version of Hallmarks to open it. Nothing has been changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Versions must run 1, 2, 3… with no gaps or repeats, or an old database could skip a step. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${i + 1}.`);
    }
  });
}

/**
 * Applies every pending migration in one transaction: either the database reaches the latest version
 * or it is left exactly as it was. `beforeChange` runs first (the caller takes a backup there).
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  beforeChange: (fromVersion: number) => void = () => {},
): { from: number; to: number } {
  checkMigrationOrder(migrations);
  const from = schemaVersion(db);
  const latest = migrations.length;
  if (from > latest) {
    log.error('database_from_newer_version', { from, latest });
    throw new NewerDatabaseError(from, latest);
  }
  const pending = migrations.slice(from);
  if (pending.length === 0) return { from, to: from };
  beforeChange(from);
  // Foreign keys are off while the steps run (a rebuilt table is dropped and renamed, which with them on
  // would cascade deletes), and every one is checked before COMMIT: a broken reference undoes it all.
  // The pragma cannot change inside a transaction, so it is set around it.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new Error(
          `The update would leave ${broken.length} broken references between tables. Nothing has been changed.`,
        );
      }
    })();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  log.info('database_migrated', { from, to: latest });
  return { from, to: latest };
}
