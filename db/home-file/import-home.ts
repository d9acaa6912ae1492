import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { HomeFile, ImportOutcome, ImportPreview } from '../../contract/home-file';
import { ServiceError } from '../../contract/result';
import { damagedFile, rowOf } from './damaged-file';
import { decode } from './home-file';
import { deleteHomeRows } from './delete-home';
import { insertRefusal, readingFile } from './insert-refusals';
import { homeRows, homeTables, q, type HomeTable } from './home-tables';
import { readHomeFile } from './read-home-file';

const field = (file: HomeFile, column: string) => {
  const homes = file.tables.homes!;
  return homes.rows[0]![homes.columns.indexOf(column)] ?? null;
};

/** A home already here that the file's home would duplicate: the same name (any case) or the same URN. */
function existingHome(db: Database, file: HomeFile) {
  const row = db
    .prepare(
      'SELECT id, name FROM homes WHERE lower(trim(name)) = lower(trim(?)) OR (urn IS NOT NULL AND urn = ?) ORDER BY id',
    )
    .get(String(field(file, 'name')), field(file, 'urn')) as { id: number; name: string } | undefined;
  return row ?? null;
}

/** Plain words for the tables a home's data lives in; a table added later is named from its own name. */
const WORDS: Record<string, string> = {
  reviews: 'quarterly reviews',
  review_indicators: 'indicator answers',
  review_domains: 'domain judgements',
  review_judgements: 'SCCIF judgements',
  review_events: 'review history entries',
  custom_indicators: 'home-specific indicators',
  quarterly_metrics: 'quarters of figures',
  alert_acknowledgements: 'acknowledged alerts',
  reg44_visits: 'Reg 44 visits',
  reg44_recommendations: 'Reg 44 recommendations',
  reg45_records: 'Reg 45 reviews',
  reg45_drafts: 'Reg 45 review drafts',
  ofsted_inspections: 'Ofsted inspections',
  ofsted_items: 'Ofsted requirements and recommendations',
  action_events: 'action history entries',
  staff_qualifications: 'staff qualifications',
};

/** Thrown to roll a dry run back; never seen outside this file. */
const DRY_RUN_OVER = Symbol('dry run over');

export function previewImport(db: Database, text: string): ImportPreview {
  const tables = homeTables(db);
  const file = readingFile(() => readHomeFile(db, tables, text));
  // A dry run, rolled back: the preview refuses every file the import would, before anyone confirms.
  try {
    db.transaction(() => {
      insertHome(db, tables, file);
      throw DRY_RUN_OVER;
    })();
  } catch (error) {
    if (error !== DRY_RUN_OVER) throw error;
  }
  return {
    homeName: String(field(file, 'name')),
    exportedAt: file.exportedAt,
    adds: Object.entries(file.tables)
      .filter(([name, t]) => name !== 'homes' && t.rows.length > 0)
      .map(([name, t]) => ({ what: WORDS[name] ?? name.replaceAll('_', ' '), count: t.rows.length })),
    existing: existingHome(db, file),
  };
}

const pointsNowhere = (where: string) =>
  damagedFile('some of its records point at records it does not hold', where);

type Renumbering = Map<string, Map<unknown, unknown>>;

/** Inserts one table's rows, translating keys to renumbered parents and recording its own renumbering. */
function insertRows(
  db: Database,
  tables: HomeTable[],
  table: HomeTable,
  data: HomeFile['tables'][string],
  ids: Renumbering,
) {
  const insert = db.prepare(
    `INSERT INTO ${q(table.name)} (${data.columns.map(q).join(', ')}) VALUES (${data.columns.map(() => '?').join(', ')})`,
  );
  const taken = table.rowid ? db.prepare(`SELECT 1 FROM ${q(table.name)} WHERE ${q(table.rowid)} = ?`) : null;
  const keyAt = table.rowid ? data.columns.indexOf(table.rowid) : -1;
  const own = new Map<unknown, unknown>();
  ids.set(table.name, own);
  const translated = table.keys
    .filter((k) => tables.find((t) => t.name === k.parent)?.rowid === k.parentColumn)
    .map((k) => ({ at: data.columns.indexOf(k.column), parent: k.parent }))
    .filter((k) => k.at >= 0);
  // A null in a key that must hold one would let SQLite choose the number: when that key is also the
  // table's INTEGER PRIMARY KEY, the next number is another home's record, and the row lands there.
  const required = [
    ...table.keys
      .filter((k) => k.notNull || k === table.owner || k.column === table.rowid)
      .map((k) => k.column),
    ...(table.rowid ? [table.rowid] : []),
  ]
    .map((name) => ({ name, at: data.columns.indexOf(name) }))
    .filter((k) => k.at >= 0);
  data.rows.forEach((raw, index) => {
    const values = raw.map(decode);
    const missing = required.find((k) => values[k.at] === null);
    if (missing) throw damagedFile(`${missing.name} is empty`, rowOf(table.name, index));
    for (const { at, parent } of translated) {
      if (values[at] === null) continue;
      const parentIds = ids.get(parent);
      if (!parentIds?.has(values[at])) throw pointsNowhere(rowOf(table.name, index));
      values[at] = parentIds.get(values[at]);
    }
    const old = keyAt >= 0 ? values[keyAt] : undefined;
    // Keep each record's number when it is free here, so a round trip gives identical data.
    if (keyAt >= 0 && taken!.get(old)) values[keyAt] = null;
    let lastInsertRowid: number | bigint;
    try {
      ({ lastInsertRowid } = insert.run(...values));
    } catch (error) {
      throw insertRefusal(error, rowOf(table.name, index));
    }
    if (keyAt >= 0) own.set(old, Number(lastInsertRowid));
  });
}

/** Every row the file brought must now belong to the new home, found by the same walk as the export. */
function checkAllBelong(db: Database, tables: HomeTable[], file: HomeFile, homeId: number) {
  const rows = homeRows(db, tables, homeId);
  for (const table of tables) {
    const brought = file.tables[table.name]?.rows.length ?? 0;
    if (rows.get(table.name)!.length !== brought)
      throw damagedFile('some records belong to no home, or to another one', table.name);
  }
}

/**
 * Adds the home in the file, or replaces the matching home when `replaceHomeId` names it, in one
 * transaction: a failure or a kill part-way leaves the data as it was. A home that matches one already
 * here is never added beside it silently.
 */
/** Inserts every row of the file as a new home and checks each one landed in it; returns its id. */
function insertHome(db: Database, tables: HomeTable[], file: HomeFile): number {
  const ids: Renumbering = new Map();
  for (const table of tables) {
    const data = file.tables[table.name];
    if (data) insertRows(db, tables, table, data, ids);
  }
  const homeId = Number(ids.get('homes')!.values().next().value);
  const dangling = db.pragma('foreign_key_check') as { table: string }[];
  if (dangling.length > 0) throw pointsNowhere(dangling[0]!.table);
  checkAllBelong(db, tables, file, homeId);
  return homeId;
}

export function importHome(db: Database, text: string, replaceHomeId: number | null): ImportOutcome {
  const tables = homeTables(db);
  const file = readingFile(() => readHomeFile(db, tables, text));
  return db.transaction(() => {
    const existing = existingHome(db, file);
    if (existing && existing.id !== replaceHomeId) {
      throw new ServiceError(
        'conflict',
        `This computer already has a home called "${existing.name}" (or with the same URN). Choose to replace it, or rename that home in Settings first. Nothing has been imported.`,
      );
    }
    if (replaceHomeId !== null && !existing) {
      throw new ServiceError(
        'conflict',
        'The home to replace is no longer here. Look at the import again. Nothing has been imported.',
      );
    }
    if (existing) deleteHomeRows(db, tables, existing.id);
    const homeId = insertHome(db, tables, file);
    return { homeId, homeName: String(field(file, 'name')), replaced: existing !== null };
  })();
}
