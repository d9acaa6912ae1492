import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One foreign key of a table, single-column (the only kind Hallmarks' schema uses). */
export interface ForeignKey {
  column: string;
  parent: string;
  /** The parent column it points at (its primary key when the schema names none). */
  parentColumn: string;
  notNull: boolean;
}

/** A table whose rows belong to one home, found by walking foreign keys out from `homes`. */
export interface HomeTable {
  name: string;
  /** Every stored column, in the table's order (generated columns left out: they cannot be written). */
  columns: string[];
  /** The INTEGER PRIMARY KEY column, whose values a new database may have to renumber; else null. */
  rowid: string | null;
  /** The key that ties each row to its home (null only for `homes` itself). */
  owner: ForeignKey | null;
  /** Every key to another home table; renumbered parents' values are translated on import. */
  keys: ForeignKey[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const q = quote;

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
  hidden: number;
}

function columnsOf(db: Database, table: string): ColumnInfo[] {
  return (db.prepare(`PRAGMA table_xinfo(${quote(table)})`).all() as ColumnInfo[]).filter(
    (c) => c.hidden === 0,
  );
}

function keysOf(db: Database, table: string, columns: ColumnInfo[]): ForeignKey[] {
  const rows = db.prepare(`PRAGMA foreign_key_list(${quote(table)})`).all() as {
    id: number;
    table: string;
    from: string;
    to: string | null;
  }[];
  const groups = new Map<number, typeof rows>();
  for (const row of rows) groups.set(row.id, [...(groups.get(row.id) ?? []), row]);
  const keys: ForeignKey[] = [];
  for (const group of groups.values()) {
    if (group.length !== 1) continue; // composite keys: none in the schema; never treated as ownership
    const { table: parent, from, to } = group[0]!;
    const parentColumn = to ?? columnsOf(db, parent).find((c) => c.pk === 1)?.name ?? 'rowid';
    const notNull = columns.find((c) => c.name === from)?.notnull === 1;
    keys.push({ column: from, parent, parentColumn, notNull });
  }
  return keys;
}

/**
 * Tables that hold the state of this computer rather than the home's records: a home moved to another
 * computer must never arrive locked, nor carry this computer's hub credential, queue or phone codes (a
 * second computer sending as the same home would clash with the first). These rows go with the home
 * when it is deleted, by their keys.
 */
const THIS_COMPUTER_ONLY = new Set(['locked_mode', 'hub_connections', 'hub_outbox', 'hub_phone_rounds']);

/**
 * Every table holding a home's data, parents before children, read from the schema itself
 * (sqlite_master and PRAGMA foreign_key_list), so a table added by a later migration with a key to
 * `homes` (or to any table that belongs to a home) is exported, imported and deleted with no change here.
 */
export function homeTables(db: Database): HomeTable[] {
  const names = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  )
    .map((r) => r.name)
    .filter((name) => !THIS_COMPUTER_ONLY.has(name));
  const info = new Map(
    names.map((name) => {
      const columns = columnsOf(db, name);
      return [name, { columns, keys: keysOf(db, name, columns) }];
    }),
  );
  const owners = new Map<string, ForeignKey | null>([['homes', null]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const name of names) {
      if (owners.has(name)) continue;
      const toOwned = info.get(name)!.keys.filter((k) => owners.has(k.parent) && k.parent !== name);
      if (toOwned.length === 0) continue;
      // Prefer a direct key to the home, then a required key, so every row has exactly one owner.
      const owner =
        toOwned.find((k) => k.parent === 'homes') ?? toOwned.find((k) => k.notNull) ?? toOwned[0]!;
      owners.set(name, owner);
      grew = true;
    }
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < owners.size) {
    const ready = [...owners.keys()].filter(
      (name) =>
        !placed.has(name) &&
        info.get(name)!.keys.every((k) => k.parent === name || !owners.has(k.parent) || placed.has(k.parent)),
    );
    if (ready.length === 0) throw new Error('The home tables refer to each other in a circle.');
    for (const name of ready.sort()) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered.map((name) => {
    const { columns, keys } = info.get(name)!;
    const pk = columns.filter((c) => c.pk > 0);
    const rowid = pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER' ? pk[0]!.name : null;
    return {
      name,
      columns: columns.map((c) => c.name),
      rowid,
      owner: owners.get(name)!,
      keys: keys.filter((k) => owners.has(k.parent)),
    };
  });
}

/** The rows of each home table that belong to home `homeId`, parents first, as column-ordered arrays. */
export function homeRows(db: Database, tables: HomeTable[], homeId: number): Map<string, unknown[][]> {
  const rows = new Map<string, unknown[][]>();
  for (const table of tables) {
    const columns = table.columns.map(quote).join(', ');
    // A stable order, so exporting the same data twice gives the same file.
    const order = ` ORDER BY ${table.columns.map((_, n) => n + 1).join(', ')}`;
    let where = 'id = ?';
    let value: unknown = homeId;
    if (table.owner) {
      const parent = tables.find((t) => t.name === table.owner!.parent)!;
      const at = parent.columns.indexOf(table.owner.parentColumn);
      where = `${quote(table.owner.column)} IN (SELECT value FROM json_each(?))`;
      value = JSON.stringify(rows.get(parent.name)!.map((r) => r[at]));
    }
    const statement = db.prepare(`SELECT ${columns} FROM ${quote(table.name)} WHERE ${where}${order}`);
    rows.set(table.name, statement.raw(true).all(value) as unknown[][]);
  }
  return rows;
}
