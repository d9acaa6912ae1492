import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ServiceError } from '../../contract/result';

export interface Reg45Row {
  id: number;
  home_id: number;
  period_start: string | null;
  period_end: string | null;
  completed_on: string;
  sent_to_ofsted_on: string | null;
  placing_authorities: 'unknown' | 'sent' | 'not_sent';
  placing_authorities_sent_on: string | null;
}

export interface Reg45Fields {
  periodStart: string | null;
  periodEnd: string | null;
  completedOn: string;
  sentToOfstedOn: string | null;
  placingAuthorities: 'unknown' | 'sent' | 'not_sent';
  placingAuthoritiesSentOn: string | null;
}

/** The home's six-monthly Reg 45 quality of care reviews: period, completion, copies to Ofsted and councils. */
export function createReg45Repository(db: Database) {
  const rows = db.prepare<[number], Reg45Row>(
    'SELECT * FROM reg45_records WHERE home_id = ? ORDER BY completed_on DESC',
  );
  const byId = db.prepare<[number], Reg45Row>('SELECT * FROM reg45_records WHERE id = ?');
  const insertDate = db.prepare<[number, string, string | null]>(
    `INSERT INTO reg45_records (home_id, completed_on, sent_to_ofsted_on) VALUES (?, ?, ?)
     ON CONFLICT (home_id, completed_on)
     DO UPDATE SET sent_to_ofsted_on = coalesce(excluded.sent_to_ofsted_on, sent_to_ofsted_on)`,
  );
  const all = db.prepare<[], { home_id: number; completed_on: string }>(
    'SELECT home_id, completed_on FROM reg45_records ORDER BY completed_on',
  );
  const insert = db.prepare(
    `INSERT INTO reg45_records (home_id, period_start, period_end, completed_on, sent_to_ofsted_on,
       placing_authorities, placing_authorities_sent_on)
     VALUES (@homeId, @periodStart, @periodEnd, @completedOn, @sentToOfstedOn, @placingAuthorities,
       @placingAuthoritiesSentOn)`,
  );
  const update = db.prepare(
    `UPDATE reg45_records SET period_start = @periodStart, period_end = @periodEnd, completed_on = @completedOn,
       sent_to_ofsted_on = @sentToOfstedOn, placing_authorities = @placingAuthorities,
       placing_authorities_sent_on = @placingAuthoritiesSentOn WHERE id = @id`,
  );
  const forPeriod = db.prepare<[number, string, string], Reg45Row>(
    'SELECT * FROM reg45_records WHERE home_id = ? AND period_start = ? AND period_end = ?',
  );
  const onDate = db.prepare<[number, string], Reg45Row>(
    'SELECT * FROM reg45_records WHERE home_id = ? AND completed_on = ?',
  );
  const complete = db.prepare<[string, string, string, number]>(
    'UPDATE reg45_records SET period_start = ?, period_end = ?, completed_on = ? WHERE id = ?',
  );
  const create = db.prepare<[number, string, string, string]>(
    'INSERT INTO reg45_records (home_id, period_start, period_end, completed_on) VALUES (?, ?, ?, ?)',
  );
  // Only a record holding nothing but what a sign-off wrote: no copy to Ofsted or councils recorded.
  const release = db.prepare<[number, string, string, string]>(
    `DELETE FROM reg45_records WHERE home_id = ? AND period_start = ? AND period_end = ? AND completed_on = ?
       AND sent_to_ofsted_on IS NULL AND placing_authorities = 'unknown' AND placing_authorities_sent_on IS NULL`,
  );
  return {
    /**
     * Signing off a review completes it: the period's record takes the sign-off date as its completion
     * (the 28 days to Ofsted run from it). The record is the period's own, or one already completed that
     * day without a period, or a new one; its copies to Ofsted and councils are kept.
     */
    completePeriod(homeId: number, start: string, end: string, completedOn: string): void {
      const clash = onDate.get(homeId, completedOn);
      // A record of that day with a period of its own is another review: its period is never overwritten.
      const undated = clash && clash.period_start === null && clash.period_end === null ? clash : undefined;
      const existing = forPeriod.get(homeId, start, end) ?? undated;
      if (clash && clash.id !== existing?.id) {
        throw new ServiceError(
          'conflict',
          'Another Reg 45 review is recorded as completed on that date. Change that record under Inspections, or sign off on another date.',
        );
      }
      if (existing) complete.run(start, end, completedOn, existing.id);
      else create.run(homeId, start, end, completedOn);
    },
    /**
     * Withdrawing a sign-off un-completes the review: the period's record of that date goes, so the
     * dashboard asks for the review again and the day is free for another sign-off. A record that already
     * says a copy went to Ofsted or placing authorities is kept: that copy was sent, and the record says so.
     */
    releasePeriod(homeId: number, start: string, end: string, completedOn: string): void {
      release.run(homeId, start, end, completedOn);
    },
    /** Completion dates, oldest first (what the dashboard's Reg 45 reminder needs). */
    list: (homeId: number): string[] =>
      rows
        .all(homeId)
        .map((r) => r.completed_on)
        .reverse(),
    /** Every home's dates in one query, for the provider view. */
    byHome(): Map<number, string[]> {
      const map = new Map<number, string[]>();
      for (const r of all.all()) map.set(r.home_id, [...(map.get(r.home_id) ?? []), r.completed_on]);
      return map;
    },
    record: (homeId: number, completedOn: string, sentToOfstedOn: string | null = null): void =>
      void insertDate.run(homeId, completedOn, sentToOfstedOn),
    rows: (homeId: number): Reg45Row[] => rows.all(homeId),
    save(homeId: number, id: number | undefined, f: Reg45Fields): void {
      try {
        if (id === undefined) insert.run({ homeId, ...f });
        else {
          if (byId.get(id)?.home_id !== homeId) {
            throw new ServiceError('not_found', 'That Reg 45 record no longer exists.');
          }
          update.run({ id, ...f });
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new ServiceError(
            'invalid_input',
            'There is already a Reg 45 review completed on that date.',
            {
              completedOn: 'Enter a different date, or change the existing record.',
            },
          );
        }
        throw error;
      }
    },
  };
}
