import { randomInt } from 'node:crypto';
import type { HomeFile } from '../../contract/home-file';
import { reg45QuarterMonths } from '../../contract/reg45-draft';
import { QUARTER_PATTERN } from '../../contract/rules/quarters';
import { migrations } from '../migrations';

type Tables = HomeFile['tables'];

/**
 * What a home file made before a migration needs so this version can read it, for the few migrations
 * that removed a column (added tables and columns need nothing: the importer leaves them to defaults).
 * Keyed by migration name, so a renumbered migration keeps its upgrade.
 */
const UPGRADES: Record<string, (tables: Tables) => void> = {
  // Rating sheets no longer say who rated them; who took part moves to a list with no link to a sheet.
  'anonymous-sheets': (tables) => {
    const sheets = tables.team_sheets;
    // A malformed table is left as it is, for the reader to refuse as damaged.
    if (!Array.isArray(sheets?.columns) || !Array.isArray(sheets.rows) || !sheets.rows.every(Array.isArray))
      return;
    const at = sheets.columns.indexOf('staff_id');
    if (at < 0) return;
    const round = sheets.columns.indexOf('round_id');
    const raters = new Map<string, unknown[]>();
    for (const row of sheets.rows) {
      if (row[at] !== null) raters.set(JSON.stringify([row[round], row[at]]), [row[round], row[at]]);
    }
    tables.team_round_raters = { columns: ['round_id', 'staff_id'], rows: [...raters.values()] };
    tables.team_sheets = {
      columns: sheets.columns.filter((_, n) => n !== at),
      rows: sheets.rows.map((row) => row.filter((_, n) => n !== at)),
    };
  },
  // Sheets lose their time and their numbers in rating order (issue 21): each gets a random number.
  'unordered-sheets': (tables) => {
    const sheets = tables.team_sheets;
    const ratings = tables.team_ratings;
    if (!wellFormed(sheets) || !wellFormed(ratings)) return;
    const idAt = sheets.columns.indexOf('id');
    const timeAt = sheets.columns.indexOf('finished_at');
    const sheetAt = ratings.columns.indexOf('sheet_id');
    if (idAt < 0 || sheetAt < 0) return;
    const numbers = new Map<unknown, number>();
    for (const row of sheets.rows) numbers.set(row[idAt], numbers.size);
    const shuffled = [...numbers.keys()].map(() => randomInt(1, 2 ** 48 - 1));
    const renumber = (id: unknown) => (numbers.has(id) ? shuffled[numbers.get(id)!] : id);
    tables.team_sheets = {
      columns: sheets.columns.filter((_, n) => n !== timeAt),
      rows: sheets.rows.map((row) =>
        row.map((v, n) => (n === idAt ? renumber(v) : v)).filter((_, n) => n !== timeAt),
      ),
    };
    ratings.rows = ratings.rows.map((row) => row.map((v, n) => (n === sheetAt ? renumber(v) : v)));
  },
  // Files made before this left the computer with its hub credential and queue: they stay behind now.
  'hub-notes-and-phones': (tables) => {
    delete tables.hub_connections;
    delete tables.hub_outbox;
  },
  // Reg 45 drafts name their first and last month: one made before is the two quarters ending at its
  // last quarter. A malformed quarter is left without months, for the reader to refuse as damaged.
  'reg45-draft-months': (tables) => {
    const drafts = tables.reg45_drafts;
    if (!wellFormed(drafts)) return;
    const at = drafts.columns.indexOf('last_quarter');
    if (at < 0 || drafts.columns.includes('first_month')) return;
    drafts.columns = [...drafts.columns, 'first_month', 'last_month'];
    drafts.rows = drafts.rows.map((row) => {
      const last = row[at];
      if (typeof last !== 'string' || !QUARTER_PATTERN.test(last)) return [...row, null, null];
      const { firstMonth, lastMonth } = reg45QuarterMonths(last);
      return [...row, firstMonth, lastMonth];
    });
  },
};

/** Whether a table in a file has the shape an upgrade can work on; a malformed one is left to be refused. */
function wellFormed(table: Tables[string] | undefined): table is Tables[string] {
  return Array.isArray(table?.columns) && Array.isArray(table.rows) && table.rows.every(Array.isArray);
}

/** The file's tables as this version's schema holds them: each upgrade the file is older than, in order. */
export function upgradeTables(file: HomeFile): Tables {
  const tables = structuredClone(file.tables);
  migrations.forEach((m) => {
    if (file.schemaVersion < m.version) UPGRADES[m.name]?.(tables);
  });
  return tables;
}
