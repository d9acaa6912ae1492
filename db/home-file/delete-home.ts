import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { HomeTable } from './home-tables';
import { homeRows, q } from './home-tables';

/**
 * Deletes every row of home `homeId`, children before parents, found by the same walk as the export, so
 * no table relies on ON DELETE CASCADE having been declared. Runs inside the caller's transaction.
 */
export function deleteHomeRows(db: Database, tables: HomeTable[], homeId: number): void {
  const rows = homeRows(db, tables, homeId);
  for (const table of [...tables].reverse()) {
    const found = rows.get(table.name)!;
    if (found.length === 0) continue;
    // rowid identifies each row in ordinary tables; WITHOUT ROWID tables are matched on every column.
    const key = table.rowid ?? null;
    if (key) {
      const at = table.columns.indexOf(key);
      db.prepare(`DELETE FROM ${q(table.name)} WHERE ${q(key)} IN (SELECT value FROM json_each(?))`).run(
        JSON.stringify(found.map((r) => r[at])),
      );
    } else {
      const match = table.columns.map((c) => `${q(c)} IS ?`).join(' AND ');
      const remove = db.prepare(`DELETE FROM ${q(table.name)} WHERE ${match}`);
      for (const row of found) remove.run(...row);
    }
  }
}

/**
 * Deletes a home for good: secure_delete overwrites the freed content with zeros, VACUUM rebuilds the file
 * without the freed pages, and a truncating checkpoint empties the write-ahead log that held them.
 */
export function deleteHomeForGood(
  db: Database,
  tables: HomeTable[],
  homeId: number,
  /** What must change with the delete, in its transaction (the current home). */
  alongside: () => void = () => {},
): void {
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    db.transaction(() => {
      deleteHomeRows(db, tables, homeId);
      alongside();
    })();
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`secure_delete = ${before}`);
  }
}
