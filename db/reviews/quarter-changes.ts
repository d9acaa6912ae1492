import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Framework, Grade, Rating } from '../../contract/framework';
import { todayIso } from '../../contract/rules/dates';
import { addQuarters } from '../../contract/rules/quarters';
import {
  quarterChanges,
  type ActionRecord,
  type DomainChanges,
  type HallmarkSurvey,
  type TeamMedians,
} from '../../contract/rules/quarter-changes';
import { DEFAULT_MIN_RATERS, spreadOf, spreadShown } from '../../contract/rules/team-rules';
import { createMetricsRepository } from '../insights/metrics';
import { prepareReg44Records } from './reg44-records';
import { createVoiceResults } from '../voice/results';
import { createSurveysRepository } from '../voice/surveys-repository';

interface ReviewRow {
  home_id: number;
  quarter: string;
  framework_version: number;
}

/**
 * Gathers "What changed since last quarter" for a review: the quarter before the review's against the
 * review's own, from the home's figures, Reg 44 records, young people's answers, actions and the team's
 * ratings (shown only where enough staff rated, as everywhere else).
 */
export function createQuarterChanges(
  db: Database,
  frameworkByVersion: (version: number) => Framework,
  now: () => Date,
) {
  const review = db.prepare<[number], ReviewRow>(
    'SELECT home_id, quarter, framework_version FROM reviews WHERE id = ?',
  );
  const previousCompleted = db.prepare<[number, string], { id: number }>(
    `SELECT id FROM reviews WHERE home_id = ? AND quarter < ? AND status = 'completed'
      ORDER BY quarter DESC LIMIT 1`,
  );
  const indicators = db.prepare<[number], { indicator_key: string; domain_key: string }>(
    'SELECT indicator_key, domain_key FROM review_indicators WHERE review_id = ? ORDER BY position',
  );
  const reg44 = prepareReg44Records(db);
  const actions = db.prepare<
    [number],
    Omit<ActionRecord, 'domainKey'> & { linkKind: string | null; linkKey: string | null }
  >(
    `SELECT title, link_kind AS linkKind, link_key AS linkKey, due_on AS dueOn, status,
            completed_on AS completedOn
       FROM actions WHERE home_id = ? AND link_kind IN ('indicator', 'domain') ORDER BY due_on, id`,
  );
  const teamRatings = db.prepare<[number], { indicator_key: string; rating: Rating }>(
    `SELECT r.indicator_key, r.rating FROM team_ratings r
       JOIN team_sheets s ON s.id = r.sheet_id JOIN team_rounds t ON t.id = s.round_id
      WHERE t.review_id = ?`,
  );
  const minRaters = db.prepare<[number], { min_raters: number }>(
    'SELECT min_raters FROM meeting_settings WHERE home_id = ?',
  );
  const metrics = createMetricsRepository(db);
  const voice = createVoiceResults(db);
  const surveys = createSurveysRepository(db, now);

  function medians(reviewId: number | undefined, least: number): TeamMedians | null {
    if (reviewId === undefined) return null;
    const byIndicator = new Map<string, Rating[]>();
    for (const r of teamRatings.all(reviewId))
      byIndicator.set(r.indicator_key, [...(byIndicator.get(r.indicator_key) ?? []), r.rating]);
    if (byIndicator.size === 0) return null;
    const out: Record<string, Grade | null> = {};
    for (const [key, ratings] of byIndicator)
      out[key] = spreadShown(ratings.length, least) ? spreadOf(ratings).median : null;
    return out;
  }

  return (reviewId: number): DomainChanges[] => {
    const found = review.get(reviewId);
    if (!found) return [];
    const { home_id: homeId, quarter } = found;
    const framework = frameworkByVersion(found.framework_version);
    const asOf = todayIso(now());
    const own = indicators.all(reviewId);
    const domainOf = new Map(own.map((i) => [i.indicator_key, i.domain_key]));
    const byQuarter = new Map(metrics.list(homeId).map((m) => [m.quarter, m.values]));
    const year = (end: string) => [-3, -2, -1, 0].map((n) => byQuarter.get(addQuarters(end, n)) ?? null);
    const before = addQuarters(quarter, -1);
    const results = voice.byQuarter(homeId, surveys.settings(homeId));
    const hallmarks = (q: string): HallmarkSurvey[] =>
      (results.find((r) => r.quarter === q)?.hallmarks ?? []).map((h) => ({
        domainKey: h.domainKey,
        answered: h.answered,
        onGradeLine: h.shown ? h.onGradeLine : null,
      }));
    const least = minRaters.get(homeId)?.min_raters ?? DEFAULT_MIN_RATERS;
    return quarterChanges({
      quarter,
      asOf,
      domains: framework.domains.map((d) => ({
        key: d.key,
        indicators: own
          .filter((i) => i.domain_key === d.key)
          .map((i, index) => ({ key: i.indicator_key, number: `${d.number}.${index + 1}` })),
      })),
      figures: { now: byQuarter.get(quarter) ?? null, before: byQuarter.get(before) ?? null },
      years: { now: year(quarter), before: year(before) },
      reg44: reg44.all(homeId, asOf),
      reg44DomainKey: domainOf.get('safe.reg44') ?? null,
      survey: { now: hallmarks(quarter), before: hallmarks(before) },
      actions: actions.all(homeId).map(({ linkKind, linkKey, ...a }) => ({
        ...a,
        domainKey: linkKind === 'domain' ? linkKey : (domainOf.get(linkKey ?? '') ?? null),
      })),
      team: {
        now: medians(reviewId, least),
        before: medians(previousCompleted.get(homeId, quarter)?.id, least),
      },
    });
  };
}
