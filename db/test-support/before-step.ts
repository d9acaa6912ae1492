import path from 'node:path';
import { openConnection } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '../migrations';

/**
 * A database in `folder` at the version just before the migration named `name` (found by name, so a
 * renumbered step keeps its test), with a home (1, Oak) and its reviews 7 (2026-Q3) and 8 (2026-Q4),
 * then `seed` run on it.
 */
export function databaseBeforeStep(folder: string, name: string, seed: string) {
  const step = migrations.findIndex((m) => m.name === name);
  if (step < 0) throw new Error(`No migration is named "${name}".`);
  const { db } = openConnection(path.join(folder, 'old.sqlite'));
  migrate(db, migrations.slice(0, step));
  db.exec(`
    INSERT INTO homes (id, name, places) VALUES (1, 'Oak', 3);
    INSERT INTO reviews (id, home_id, quarter, framework_version) VALUES (7, 1, '2026-Q3', 2);
    INSERT INTO reviews (id, home_id, quarter, framework_version) VALUES (8, 1, '2026-Q4', 2);
    ${seed}
  `);
  return db;
}
