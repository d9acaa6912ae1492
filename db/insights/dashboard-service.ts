import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Alert } from '../../contract/alerts';
import type {
  DashboardData,
  HistoryPoint,
  InadequateIndicator,
  ProviderHome,
} from '../../contract/dashboard';
import type { Framework } from '../../contract/framework';
import { movement } from '../../contract/rules/trends';
import { createAcknowledgements } from './alert-acknowledgements';
import { currentFramework, frameworkByVersion } from '../framework';
import { SCCIF_AREAS } from '../../contract/rules/sccif';
import { createHomesRepository } from '../homes/homes';
import { createMetricsRepository } from './metrics';
import { createReg45Repository } from '../reg45/reg45';
import { toSummary } from '../reviews/review-detail';
import { createReviewsRepository } from '../reviews/reviews-repository';
import { evaluateAlerts, type ReviewPoint } from './alert-rules';
import { todayIso } from '../../contract/rules/dates';
import { improvementAlerts } from './improvement-alerts';
import { createImprovementFacts } from '../improvement/improvement-facts';
import { createHistoryReader, toHistory, track } from './history';
import { createQuarterPosition } from './quarter-position';

type Acknowledged = Map<string, { note: string; at: string }>;

/** Everything the dashboard and the provider view show, computed from the stored reviews and figures. */
export function createDashboardService(
  db: Database,
  now: () => Date = () => new Date(),
  framework: Framework = currentFramework,
) {
  const homes = createHomesRepository(db);
  const history = createHistoryReader(db);
  const metrics = createMetricsRepository(db);
  const reg45 = createReg45Repository(db);
  const acknowledgements = createAcknowledgements(db);
  const reviewsRepo = createReviewsRepository(db);
  const progress = db.prepare<[number], { rated: number; total: number }>(
    'SELECT count(rating) AS rated, count(*) AS total FROM review_indicators WHERE review_id = ?',
  );
  const domainTitles = Object.fromEntries(framework.domains.map((d) => [d.key, d.title]));
  const improvementFacts = createImprovementFacts(db);
  const quarterPosition = createQuarterPosition(db);
  const order = { high: 0, medium: 1, low: 2 };
  const inadequate = db.prepare<
    [number],
    { indicator_key: string; domain_key: string; custom_statement: string | null }
  >(
    `SELECT indicator_key, domain_key, custom_statement FROM review_indicators
      WHERE review_id = ? AND rating = 1 ORDER BY position`,
  );

  /** Indicators rated Inadequate in the latest completed review, with the wording that review used. */
  function inadequateIn(latest: HistoryPoint | undefined): InadequateIndicator[] {
    if (!latest) return [];
    const own = frameworkByVersion(latest.frameworkVersion);
    return inadequate.all(latest.reviewId).map((r) => {
      const domain = own.domains.find((d) => d.key === r.domain_key);
      return {
        reviewId: latest.reviewId,
        quarter: latest.quarter,
        domainKey: r.domain_key,
        domainTitle: domain?.title ?? r.domain_key,
        indicatorKey: r.indicator_key,
        statement:
          r.custom_statement ??
          domain?.indicators.find((i) => i.key === r.indicator_key)?.statement ??
          r.indicator_key,
      };
    });
  }

  function alertsFor(
    homeId: number,
    createdAt: string,
    reviews: ReviewPoint[],
    reg45Dates: string[],
    acknowledged: Acknowledged,
  ) {
    const today = todayIso(now());
    return [
      ...evaluateAlerts({ today, homeCreatedAt: createdAt, reviews, domainTitles, reg45Dates }),
      ...improvementAlerts(improvementFacts(homeId, today)),
    ]
      .sort((a, b) => order[a.severity] - order[b.severity])
      .map((a): Alert => ({ ...a, acknowledged: acknowledged.get(a.key) ?? null }));
  }

  function draftSummary(reviews: ReviewPoint[]) {
    const draft = reviews.filter((r) => r.status === 'draft').at(-1);
    const row = draft ? reviewsRepo.byId.get(draft.id) : undefined;
    if (!row) return null;
    const { rated, total } = progress.get(row.id)!;
    return toSummary(row, rated, total);
  }

  /** Latest judgement and movement only: all the provider view shows per domain. */
  function latestWithMovement(points: HistoryPoint[], key: string) {
    const latest = points.at(-1)?.judgements[key] ?? null;
    return { latest, movement: movement(points.at(-2)?.judgements[key], latest) };
  }

  return {
    forHome(homeId: number): DashboardData {
      const home = homes.get(homeId);
      const reviews = history.forHome(homeId);
      const points = toHistory(reviews);
      const reg45Dates = reg45.list(homeId);
      const today = todayIso(now());
      return {
        homeId,
        history: points,
        overall: track(points, (p) => p.overall),
        sccif: Object.fromEntries(
          SCCIF_AREAS.map((area) => [area, track(points, (p) => p.sccif?.[area] ?? null)]),
        ) as DashboardData['sccif'],
        domains: framework.domains.map((d) => ({
          key: d.key,
          number: d.number,
          title: d.title,
          ...track(points, (p) => p.judgements[d.key] ?? null),
        })),
        inadequateIndicators: inadequateIn(points.at(-1)),
        alerts: alertsFor(homeId, home.createdAt, reviews, reg45Dates, acknowledgements.byKey(homeId)),
        metrics: metrics.list(homeId),
        draft: draftSummary(reviews),
        reg45Dates,
        position: quarterPosition(homeId, today),
      };
    },

    /** Every home side by side, in name order: no ranking. */
    provider(): ProviderHome[] {
      const all = history.forAllHomes();
      const reg45Dates = reg45.byHome();
      const acknowledged = acknowledgements.allHomes();
      return homes.list().map((home) => {
        const reviews = all.get(home.id) ?? [];
        const points = toHistory(reviews);
        const alerts = alertsFor(
          home.id,
          home.createdAt,
          reviews,
          reg45Dates.get(home.id) ?? [],
          acknowledged.get(home.id) ?? new Map(),
        );
        return {
          homeId: home.id,
          name: home.name,
          urn: home.urn,
          latestQuarter: points.at(-1)?.quarter ?? null,
          overall: track(points, (p) => p.overall),
          domains: framework.domains.map((d) => ({
            key: d.key,
            number: d.number,
            title: d.title,
            ...latestWithMovement(points, d.key),
          })),
          openAlerts: alerts.filter((a) => !a.acknowledged),
        };
      });
    },
  };
}
