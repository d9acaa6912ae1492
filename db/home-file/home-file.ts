import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  HOME_FILE_FORMAT,
  HOME_FILE_FORMAT_VERSION,
  type ExportedHome,
  type HomeFile,
} from '../../contract/home-file';
import { todayIso } from '../../contract/rules/dates';
import { ServiceError } from '../../contract/result';
import { schemaVersion } from '../migrate';
import { homeRows, homeTables } from './home-tables';

/** BLOBs travel as base64 inside JSON; every other SQLite value is already JSON. */
const encode = (value: unknown) => (Buffer.isBuffer(value) ? { $blob: value.toString('base64') } : value);
export const decode = (value: unknown) =>
  value !== null && typeof value === 'object' && '$blob' in value
    ? Buffer.from(String((value as { $blob: unknown }).$blob), 'base64')
    : value;

export const checksumOf = (body: Omit<HomeFile, 'checksum'>) =>
  `sha256:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;

/** Every row of home `homeId` (found by walking the schema's foreign keys), as one checked file. */
export function exportHome(db: Database, homeId: number, appVersion: string, now: Date): ExportedHome {
  const tables = homeTables(db);
  const rows = homeRows(db, tables, homeId);
  const home = rows.get('homes')![0];
  if (!home) throw new ServiceError('not_found', 'That home could not be found. It may have been removed.');
  const homeName = String(home[tables[0]!.columns.indexOf('name')]);
  const body: Omit<HomeFile, 'checksum'> = {
    format: HOME_FILE_FORMAT,
    formatVersion: HOME_FILE_FORMAT_VERSION,
    schemaVersion: schemaVersion(db),
    appVersion,
    exportedAt: now.toISOString(),
    homeName,
    tables: Object.fromEntries(
      tables.map((t) => [t.name, { columns: t.columns, rows: rows.get(t.name)!.map((r) => r.map(encode)) }]),
    ),
  };
  const file: HomeFile = { ...body, checksum: checksumOf(body) };
  const safeName =
    homeName
      .replace(/[^\p{L}\p{N} ()'-]+/gu, ' ')
      .trim()
      .slice(0, 60) || 'Home';
  return {
    fileName: `${safeName} ${todayIso(now)}.hallmarks-home.json`,
    text: `${JSON.stringify(file, null, 1)}\n`,
    encrypted: false,
  };
}
