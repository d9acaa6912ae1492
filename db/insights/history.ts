import type { Database } from 'better-sqlite3';
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
  domain_key: string | null;
  judgement: Grade | null;
}

// Every review has its domain rows from the moment it starts, so an inner join loses nothing.
const SELECT = `SELECT r.id, r.home_id, r.quarter, r.status, r.framework_version, r.overall, d.domain_key, d.judgement
  FROM reviews r JOIN review_domains d ON d.review_id = r.id`;

interface JudgementRow {
  review_id: number;
  area: SccifArea;
  judgement: Grade | null;
}

const JUDGEMENTS = `SELECT j.review_id, j.area, j.judgement
  FROM review_judgements j JOIN reviews r ON r.id = j.review_id`;

/** Reads every review's judgements in one query per call: for one home, or for all homes at once. */
export function createHistoryReader(db: Database) {
  // One review per home and quarter, so ordering by quarter alone follows the (home_id, quarter) index.
  const forHome = db.prepare<[number], Row>(`${SELECT} WHERE r.home_id = ? ORDER BY r.quarter`);
  const forAll = db.prepare<[], Row>(`${SELECT} ORDER BY r.home_id, r.quarter`);
  const judgementsForHome = db.prepare<[number], JudgementRow>(`${JUDGEMENTS} WHERE r.home_id = ?`);
  const judgementsForAll = db.prepare<[], JudgementRow>(JUDGEMENTS);

  /** Adds the three SCCIF judgements to the reviews that recorded them (framework version 2 on). */
  function withSccif(byHome: Map<number, ReviewPoint[]>, rows: JudgementRow[]) {
    const byId = new Map([...byHome.values()].flat().map((r) => [r.id, r]));
    for (const row of rows) {
      const review = byId.get(row.review_id);
      if (review) review.sccif = { ...review.sccif, [row.area]: row.judgement };
    }
    return byHome;
  }

  function group(rows: Row[]): Map<number, ReviewPoint[]> {
    const byHome = new Map<number, ReviewPoint[]>();
    let current: ReviewPoint | undefined;
    for (const row of rows) {
      if (current?.id !== row.id) {
        current = {
          id: row.id,
          quarter: row.quarter,
          status: row.status,
          overall: row.overall,
          judgements: {},
          frameworkVersion: row.framework_version,
        };
        const list = byHome.get(row.home_id) ?? [];
        list.push(current);
        byHome.set(row.home_id, list);
      }
      if (row.domain_key) current.judgements[row.domain_key] = row.judgement;
    }
    return byHome;
  }

  return {
    forHome: (homeId: number): ReviewPoint[] =>
      withSccif(group(forHome.all(homeId)), judgementsForHome.all(homeId)).get(homeId) ?? [],
    forAllHomes: (): Map<number, ReviewPoint[]> => withSccif(group(forAll.all()), judgementsForAll.all()),
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
