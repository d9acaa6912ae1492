import type { Database } from 'better-sqlite3';
import { HOME_FILE_FORMAT, HOME_FILE_FORMAT_VERSION, type HomeFile } from '../../contract/home-file';
import { ServiceError } from '../../contract/result';
import { schemaVersion } from '../migrate';
import { upgradeTables } from './file-upgrades';
import { checksumOf } from './home-file';
import type { HomeTable } from './home-tables';
import { checkRows } from './row-rules';

const refuse = (why: string) => new ServiceError('invalid_input', `${why} Nothing has been imported.`);

const NOT_OURS = refuse(
  'This file is not a Hallmarks home file. Choose a file that Hallmarks made with "Export this home" or `npm run export`.',
);
const DAMAGED = refuse(
  'This home file has been changed or damaged since it was exported (its checksum does not match). Export the home again from the copy of Hallmarks that holds it.',
);
const NEWER = refuse(
  'This home file was made by a newer version of Hallmarks. Update Hallmarks on this computer, then import it again.',
);

const OLDER = refuse(
  'This home file was made by a much older version of Hallmarks, whose records this version cannot read directly. Open it in Hallmarks on the computer it came from after updating Hallmarks there, then export it again.',
);

function parse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // falls through to the same refusal as any other file that is not ours
  }
  throw NOT_OURS;
}

/**
 * Reads and checks a home file before anything is written: it must be ours (format), whole (checksum),
 * no newer than this copy of Hallmarks (format and schema version), and fit this database's tables.
 */
export function readHomeFile(db: Database, tables: HomeTable[], text: string): HomeFile {
  const { checksum, ...body } = parse(text);
  if (body.format !== HOME_FILE_FORMAT) throw NOT_OURS;
  if (typeof checksum !== 'string' || checksum !== checksumOf(body as Omit<HomeFile, 'checksum'>))
    throw DAMAGED;
  const sealed = { ...body, checksum } as HomeFile;
  if (typeof sealed.formatVersion !== 'number' || sealed.formatVersion > HOME_FILE_FORMAT_VERSION)
    throw NEWER;
  if (typeof sealed.schemaVersion !== 'number' || sealed.schemaVersion > schemaVersion(db)) throw NEWER;
  if (sealed.tables === null || typeof sealed.tables !== 'object') throw DAMAGED;
  const file = { ...sealed, tables: upgradeTables(sealed) };
  for (const [name, table] of Object.entries(file.tables)) {
    const known = tables.find((t) => t.name === name);
    const unknownColumn = table.columns?.find((c) => !known?.columns.includes(c));
    if (!known || unknownColumn !== undefined) throw file.schemaVersion < schemaVersion(db) ? OLDER : NEWER;
    if (
      !Array.isArray(table.rows) ||
      table.rows.some((r) => !Array.isArray(r) || r.length !== table.columns.length)
    )
      throw DAMAGED;
  }
  if (file.tables.homes?.rows.length !== 1) throw DAMAGED;
  checkRows(db, file.tables);
  return file;
}
