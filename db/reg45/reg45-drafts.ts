import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Reg45Draft } from '../../contract/reg45-draft';

interface Row {
  home_id: number;
  last_quarter: string;
  first_month: string;
  last_month: string;
  analysis: string;
  standards: string;
  signed_by: string | null;
  signed_on: string | null;
  period_reason: string | null;
  updated_at: string;
}

/** Which draft: its last quarter and the first and last month of its period. */
export interface DraftPeriod {
  quarter: string;
  firstMonth: string;
  lastMonth: string;
}

const toDraft = (r: Row): Reg45Draft => ({
  homeId: r.home_id,
  quarter: r.last_quarter,
  firstMonth: r.first_month,
  lastMonth: r.last_month,
  analysis: r.analysis,
  standards: JSON.parse(r.standards) as Record<string, string>,
  signedBy: r.signed_by,
  signedOn: r.signed_on,
  // Worked out by the handler from the recorded Reg 45 periods; the table keeps only the reason.
  periodProblem: null,
  periodReason: r.period_reason,
  updatedAt: r.updated_at,
});

/** The registered person's analysis and sign-off of each Reg 45 review draft, one per home and period. */
export function createReg45Drafts(db: Database) {
  const byPeriod = db.prepare<[number, string, string], Row>(
    'SELECT * FROM reg45_drafts WHERE home_id = ? AND first_month = ? AND last_month = ?',
  );
  const saved = db.prepare<[number], Row>(
    'SELECT * FROM reg45_drafts WHERE home_id = ? ORDER BY last_month, first_month',
  );
  const upsert = db.prepare(
    `INSERT INTO reg45_drafts (home_id, last_quarter, first_month, last_month, analysis, standards, updated_at)
     VALUES (@homeId, @quarter, @firstMonth, @lastMonth, @analysis, @standards, @at)
     ON CONFLICT (home_id, first_month, last_month) DO UPDATE SET analysis = excluded.analysis,
       standards = excluded.standards, updated_at = excluded.updated_at`,
  );
  const setSigned = db.prepare(
    `UPDATE reg45_drafts SET signed_by = @signedBy, signed_on = @signedOn, period_reason = @periodReason,
       updated_at = @at
     WHERE home_id = @homeId AND first_month = @firstMonth AND last_month = @lastMonth`,
  );
  return {
    /** The saved draft, or an empty unsigned one when nothing has been written for the period. */
    get(homeId: number, period: DraftPeriod): Reg45Draft {
      const row = byPeriod.get(homeId, period.firstMonth, period.lastMonth);
      if (row) return toDraft(row);
      return {
        homeId,
        ...period,
        analysis: '',
        standards: {},
        signedBy: null,
        signedOn: null,
        periodProblem: null,
        periodReason: null,
        updatedAt: null,
      };
    },
    /** Every draft saved for the home, oldest period first. */
    list(homeId: number): Reg45Draft[] {
      return saved.all(homeId).map(toDraft);
    },
    save(
      homeId: number,
      period: DraftPeriod,
      analysis: string,
      standards: Record<string, string>,
      at: string,
    ) {
      upsert.run({ homeId, ...period, analysis, standards: JSON.stringify(standards), at });
    },
    /** Signs off (or, with nulls, withdraws the sign-off); the period reason goes and comes with it. */
    sign(
      homeId: number,
      period: DraftPeriod,
      signed: { signedBy: string; signedOn: string; periodReason: string | null } | null,
      at: string,
    ) {
      setSigned.run({
        homeId,
        firstMonth: period.firstMonth,
        lastMonth: period.lastMonth,
        signedBy: signed?.signedBy ?? null,
        signedOn: signed?.signedOn ?? null,
        periodReason: signed?.periodReason ?? null,
        at,
      });
    },
  };
}
