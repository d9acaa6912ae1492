import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { dispatch } from '../../contract/dispatch';
import { openConnection } from '../connection';
import { migrate } from '../migrate';
import type { Migration } from '../migrations';
import { openStore } from '../store';

/**
 * For the tests of an upgrade: a data file at an older schema (`steps`, the migrations it had), with the
 * sample home, made at the current schema, attached as `source` for the test to copy from. The caller
 * copies the rows it wants, then detaches and closes.
 */
export async function sampleAtOldSchema(
  folder: string,
  now: Date,
  steps: Migration[],
): Promise<{ db: Database; file: string }> {
  const sourceFile = path.join(folder, 'source.sqlite');
  const source = openStore({ file: sourceFile, appVersion: 't', now: () => now });
  const created = await dispatch(source.handlers, 'demo.create', {});
  if (!created.ok) throw new Error(created.error.message);
  source.close();

  const file = path.join(folder, 'old.sqlite');
  const { db } = openConnection(file);
  migrate(db, steps);
  db.prepare('ATTACH DATABASE ? AS source').run(sourceFile);
  return { db, file };
}
