import homes from './0001_homes.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every schema step, in order; each one's version is the `user_version` the database has after it. */
export const migrations: Migration[] = [{ version: 1, name: 'homes', sql: homes }];
