import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { HistoryPoint, TrackedJudgement } from '../../contract/dashboard';
import type { Grade, SccifArea } from '../../contract/framework';
import { movement, stability, streaks, type GradePoint } from '../../contract/rules/trends';
import type { ReviewPoint } from './alert-rules';

interface Row {
  id: number;
  home_id: number;
  quarter: string;
  status: 'draft' | 'completed';
  framework_version: number;
  overall: Grade | null;
  /** JSON object: each domain's key and judgement. */
  judgements: string;
  /** JSON object: each SCCIF area's key and judgement; "{}" before framework version 2. */
  sccif: string;
}

// One row per review, its judgements gathered into JSON inside SQLite: a row per review and domain made
// ten times the rows, each a JavaScript object, and most of the time was spent making them. Every review
// has its domain rows from the moment it starts, so the inner join loses no review.
const SELECT = `SELECT r.id, r.home_id, r.quarter, r.status, r.framework_version, r.overall,
    json_group_object(d.domain_key, d.judgement) AS judgements,
    (SELECT json_group_object(j.area, j.judgement) FROM review_judgements j WHERE j.review_id = r.id) AS sccif
  FROM reviews r JOIN review_domains d ON d.review_id = r.id`;

function toPoint(row: Row): ReviewPoint {
  const point: ReviewPoint = {
    id: row.id,
    quarter: row.quarter,
    status: row.status,
    overall: row.overall,
    judgements: JSON.parse(row.judgements) as Record<string, Grade | null>,
    frameworkVersion: row.framework_version,
  };
  // Reviews made against framework version 1 recorded no SCCIF judgements: they have none, not nulls.
  if (row.sccif !== '{}') point.sccif = JSON.parse(row.sccif) as Partial<Record<SccifArea, Grade | null>>;
  return point;
}

/** Reads every review's judgements in one query per call: for one home, or for all homes at once. */
export function createHistoryReader(db: Database) {
  // One review per home and quarter, so ordering by quarter alone follows the (home_id, quarter) index.
  const forHome = db.prepare<[number], Row>(`${SELECT} WHERE r.home_id = ? GROUP BY r.id ORDER BY r.quarter`);
  const forAll = db.prepare<[], Row>(`${SELECT} GROUP BY r.id ORDER BY r.home_id, r.quarter`);

  return {
    forHome: (homeId: number): ReviewPoint[] => forHome.all(homeId).map(toPoint),
    forAllHomes(): Map<number, ReviewPoint[]> {
      const byHome = new Map<number, ReviewPoint[]>();
      for (const row of forAll.all()) {
        const list = byHome.get(row.home_id);
        if (list) list.push(toPoint(row));
        else byHome.set(row.home_id, [toPoint(row)]);
      }
      return byHome;
    },
  };
}

export function toHistory(reviews: ReviewPoint[]): HistoryPoint[] {
  return reviews
    .filter((r) => r.status === 'completed')
    .map((r) => ({
      reviewId: r.id,
      quarter: r.quarter,
      frameworkVersion: r.frameworkVersion ?? 0,
      overall: r.overall,
      judgements: r.judgements,
      sccif: r.sccif
        ? {
            experiences: r.sccif.experiences ?? null,
            protection: r.sccif.protection ?? null,
            leadership: r.sccif.leadership ?? null,
          }
        : null,
    }));
}

/** Latest, previous, movement, streaks and stability of one judgement across the history. */
export function track(history: HistoryPoint[], pick: (p: HistoryPoint) => Grade | null): TrackedJudgement {
  const points: GradePoint[] = history.map((p) => ({ quarter: p.quarter, grade: pick(p) }));
  const latest = points.at(-1);
  const previous = points.at(-2);
  return {
    latest: latest?.grade ?? null,
    previous: previous?.grade ?? null,
    movement: movement(previous?.grade, latest?.grade),
    streaks: streaks(points),
    stability: latest ? stability(points, latest.quarter) : { changes: 0, reviews: 0 },
  };
}
