import type Database from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { integrityCheck, openConnection } from '../connection';
import { currentFramework } from '../framework';

// What the crash-safety tests (db/crash-safety*.test.ts) check after each kill.

const INDICATORS = currentFramework.domains.reduce((sum, d) => sum + d.indicators.length, 0);

export const tableExists = (db: Database.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

export /** integrity_check ok, foreign_key_check empty, and every review whole (its rows are one transaction). */
function checkHealthy(file: string) {
  const { db } = openConnection(file);
  try {
    expect(integrityCheck(db)).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // A kill during the first start's migrations (one transaction) leaves a file with no tables yet; the
    // next start makes them. Nothing can have been saved before them.
    if (!tableExists(db, 'reviews')) return db;
    const partial = db
      .prepare(
        `SELECT r.id FROM reviews r
          WHERE (SELECT count(*) FROM review_indicators i WHERE i.review_id = r.id) <> ?
             OR (SELECT count(*) FROM review_domains d WHERE d.review_id = r.id) <> ?`,
      )
      .all(INDICATORS, currentFramework.domains.length);
    expect(partial).toEqual([]);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
