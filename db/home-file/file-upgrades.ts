import type { HomeFile } from '../../contract/home-file';
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
};

/** The file's tables as this version's schema holds them: each upgrade the file is older than, in order. */
export function upgradeTables(file: HomeFile): Tables {
  const tables = structuredClone(file.tables);
  migrations.forEach((m) => {
    if (file.schemaVersion < m.version) UPGRADES[m.name]?.(tables);
  });
  return tables;
}
