import core from './0001_core.sql';
import rowSecurity from './0002_row_security.sql';
import records from './0003_records.sql';
import ratingRounds from './0004_rating_rounds.sql';
import passwordReset from './0005_password_reset.sql';

export interface HubMigration {
  version: number;
  name: string;
  sql: string;
}

/** Every step of the hub's schema, in order; version n is the schema version after step n. */
export const hubMigrations: HubMigration[] = [
  { version: 1, name: 'core', sql: core },
  { version: 2, name: 'row-security', sql: rowSecurity },
  { version: 3, name: 'records', sql: records },
  { version: 4, name: 'rating-rounds', sql: ratingRounds },
  { version: 5, name: 'password-reset', sql: passwordReset },
];
