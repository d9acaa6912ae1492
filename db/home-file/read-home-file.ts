import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { HOME_FILE_FORMAT, HOME_FILE_FORMAT_VERSION, type HomeFile } from '../../contract/home-file';
import { ServiceError } from '../../contract/result';
import { schemaVersion } from '../migrate';
import { damagedFile } from './damaged-file';
import { upgradeTables } from './file-upgrades';
import { checksumOf } from './home-file';
import type { HomeTable } from './home-tables';
import { parseHomeFileText } from './parse-home-file';
import { checkRows } from './row-rules';

const refuse = (why: string) => new ServiceError('invalid_input', `${why} Nothing has been imported.`);

const NEWER = refuse(
  'This home file was made by a newer version of Hallmarks. Update Hallmarks on this computer, then import it again.',
);

const OLDER = refuse(
  'This home file was made by a much older version of Hallmarks, whose records this version cannot read directly. Open it in Hallmarks on the computer it came from after updating Hallmarks there, then export it again.',
);

/** What every home file holds around its tables; the checks say where a hand-edited file went wrong. */
const contents = z.object({
  formatVersion: z.number({ error: 'no format version' }).int(),
  schemaVersion: z.number({ error: 'no schema version' }).int(),
  appVersion: z.string({ error: 'no app version' }).max(100),
  exportedAt: z.iso.datetime({ error: 'no date of export' }),
  homeName: z.string({ error: "no home's name" }).max(1000),
  tables: z.record(
    z.string(),
    z.object({
      columns: z.array(z.string(), { error: 'its columns are not a list of names' }),
      rows: z.array(z.array(z.unknown()), { error: 'its rows are not a list of lists' }),
    }),
    { error: 'its tables are missing' },
  ),
});

/** The first problem zod found, as (what, where) for the refusal. */
function contentsProblem(error: z.ZodError): ServiceError {
  const issue = error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.map(String).join(' → ') : 'the whole file';
  return damagedFile(issue.message, where);
}

/**
 * Reads and checks a home file before anything is written: it must be ours (format), whole (checksum),
 * no newer than this copy of Hallmarks (format and schema version), and fit this database's tables.
 */
export function readHomeFile(db: Database, tables: HomeTable[], text: string): HomeFile {
  const { checksum, ...body } = parseHomeFileText(text);
  if (typeof checksum !== 'string' || checksum !== checksumOf(body as Omit<HomeFile, 'checksum'>))
    throw damagedFile('its checksum does not match what it holds', 'the whole file');
  if (typeof body.formatVersion === 'number' && body.formatVersion > HOME_FILE_FORMAT_VERSION) throw NEWER;
  if (typeof body.schemaVersion === 'number' && body.schemaVersion > schemaVersion(db)) throw NEWER;
  const checked = contents.safeParse(body);
  if (!checked.success) throw contentsProblem(checked.error);
  const sealed = { ...checked.data, format: HOME_FILE_FORMAT, checksum } as HomeFile;
  const file = { ...sealed, tables: upgradeTables(sealed) };
  for (const [name, table] of Object.entries(file.tables)) {
    const known = tables.find((t) => t.name === name);
    const unknownColumn = table.columns.find((c) => !known?.columns.includes(c));
    if (!known || unknownColumn !== undefined) throw file.schemaVersion < schemaVersion(db) ? OLDER : NEWER;
    if (new Set(table.columns).size !== table.columns.length)
      throw damagedFile('a column is named twice', name);
    const short = table.rows.findIndex((r) => r.length !== table.columns.length);
    if (short >= 0) throw damagedFile('a row has the wrong number of values', `row ${short + 1} of ${name}`);
  }
  if (file.tables.homes?.rows.length !== 1) throw damagedFile('it must hold exactly one home', 'homes');
  checkRows(db, file.tables);
  return file;
}
