import type { Database } from 'better-sqlite3';
import { METRIC_FIELD_KEYS } from '../contract/metric-fields';
import { addQuarters, quarterOf } from '../contract/rules/quarters';
import { currentFramework } from '../db/framework';

/** Fills a database with `homes` homes × `quarters` completed reviews, every indicator rated and every figure filled. */
export function fillLargeDatabase(db: Database, homes: number, quarters: number, now = new Date()): void {
  const last = addQuarters(quarterOf(now), -1);
  const insertHome = db.prepare(
    'INSERT INTO homes (name, urn, registered_manager, places) VALUES (?, ?, ?, ?)',
  );
  const insertReview = db.prepare(
    `INSERT INTO reviews (home_id, quarter, framework_version, status, strengths, improvements, overall,
       signed_by_name, signed_by_role, signed_on, completed_at)
     VALUES (?, ?, ?, 'completed', 'Strengths.', 'Improvements.', ?, 'Manager', 'Registered manager', '2026-01-01', '2026-01-01')`,
  );
  const insertIndicator = db.prepare(
    `INSERT INTO review_indicators (review_id, indicator_key, domain_key, position, rating, note, sources)
     VALUES (?, ?, ?, ?, ?, ?, '["rotas"]')`,
  );
  const insertDomain = db.prepare(
    'INSERT INTO review_domains (review_id, domain_key, judgement, rationale) VALUES (?, ?, ?, ?)',
  );
  const columns = METRIC_FIELD_KEYS.map((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  const insertMetrics = db.prepare(
    `INSERT INTO quarterly_metrics (home_id, quarter, ${columns.join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`,
  );
  // Deterministic variation, so every run measures the same data.
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const grade = () => 1 + Math.min(3, Math.floor(next() * 3.6 + 0.6));

  db.transaction(() => {
    for (let h = 1; h <= homes; h++) {
      const homeId = Number(
        insertHome.run(`Home ${String(h).padStart(2, '0')}`, `SC${String(100000 + h)}`, 'Manager', 4)
          .lastInsertRowid,
      );
      for (let q = quarters - 1; q >= 0; q--) {
        const quarter = addQuarters(last, -q);
        const reviewId = Number(
          insertReview.run(homeId, quarter, currentFramework.version, grade()).lastInsertRowid,
        );
        for (const domain of currentFramework.domains) {
          domain.indicators.forEach((indicator, i) =>
            insertIndicator.run(
              reviewId,
              indicator.key,
              domain.key,
              domain.number * 100 + i,
              grade(),
              'Evidence note for this indicator.',
            ),
          );
          insertDomain.run(reviewId, domain.key, grade(), 'Rationale.');
        }
        insertMetrics.run(homeId, quarter, ...METRIC_FIELD_KEYS.map(() => Math.floor(next() * 10)));
      }
    }
  })();
}
