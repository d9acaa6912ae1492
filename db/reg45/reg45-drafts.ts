import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Reg45Draft } from '../../contract/reg45-draft';

interface Row {
  home_id: number;
  last_quarter: string;
  analysis: string;
  standards: string;
  signed_by: string | null;
  signed_on: string | null;
  period_reason: string | null;
  updated_at: string;
}

const toDraft = (r: Row): Reg45Draft => ({
  homeId: r.home_id,
  quarter: r.last_quarter,
  analysis: r.analysis,
  standards: JSON.parse(r.standards) as Record<string, string>,
  signedBy: r.signed_by,
  signedOn: r.signed_on,
  // Worked out by the handler from the recorded Reg 45 periods; the table keeps only the reason.
  periodProblem: null,
  periodReason: r.period_reason,
  updatedAt: r.updated_at,
});

/** The registered person's analysis and sign-off of each six-month Reg 45 review draft. */
export function createReg45Drafts(db: Database) {
  const byPeriod = db.prepare<[number, string], Row>(
    'SELECT * FROM reg45_drafts WHERE home_id = ? AND last_quarter = ?',
  );
  const saved = db.prepare<[number], Row>(
    'SELECT * FROM reg45_drafts WHERE home_id = ? ORDER BY last_quarter',
  );
  const upsert = db.prepare(
    `INSERT INTO reg45_drafts (home_id, last_quarter, analysis, standards, updated_at)
     VALUES (@homeId, @quarter, @analysis, @standards, @at)
     ON CONFLICT (home_id, last_quarter) DO UPDATE SET analysis = excluded.analysis,
       standards = excluded.standards, updated_at = excluded.updated_at`,
  );
  const setSigned = db.prepare(
    `UPDATE reg45_drafts SET signed_by = @signedBy, signed_on = @signedOn, period_reason = @periodReason,
       updated_at = @at
     WHERE home_id = @homeId AND last_quarter = @quarter`,
  );
  return {
    /** The saved draft, or an empty unsigned one when nothing has been written for the period. */
    get(homeId: number, quarter: string): Reg45Draft {
      const row = byPeriod.get(homeId, quarter);
      if (row) return toDraft(row);
      return {
        homeId,
        quarter,
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
    save(homeId: number, quarter: string, analysis: string, standards: Record<string, string>, at: string) {
      upsert.run({ homeId, quarter, analysis, standards: JSON.stringify(standards), at });
    },
    /** Signs off (or, with nulls, withdraws the sign-off); the period reason goes and comes with it. */
    sign(
      homeId: number,
      quarter: string,
      signed: { signedBy: string; signedOn: string; periodReason: string | null } | null,
      at: string,
    ) {
      setSigned.run({
        homeId,
        quarter,
        signedBy: signed?.signedBy ?? null,
        signedOn: signed?.signedOn ?? null,
        periodReason: signed?.periodReason ?? null,
        at,
      });
    },
  };
}
