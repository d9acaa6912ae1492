import type { Database } from 'better-sqlite3';
import type { Grade } from '../../contract/framework';
import type { QuarterResults, Triangulation, VoiceSettings } from '../../contract/voice';
import { disagreement } from '../../contract/voice-rules';
import { currentFramework } from '../framework';

/**
 * Per hallmark, the manager's judgement in the quarter's review beside the young people's answers in the
 * same quarter, flagged where they differ by more than the home's margin. The staff team's ratings come
 * from team meetings, which this copy of the app does not have yet: `teamAvailable` says so.
 */
export function createTriangulation(db: Database) {
  const judgements = db.prepare<[number, string], { domain_key: string; judgement: Grade | null }>(
    `SELECT d.domain_key, d.judgement FROM review_domains d JOIN reviews r ON r.id = d.review_id
     WHERE r.home_id = ? AND r.quarter = ?`,
  );
  return (homeId: number, quarter: QuarterResults | undefined, settings: VoiceSettings): Triangulation => {
    const manager = new Map(
      quarter ? judgements.all(homeId, quarter.quarter).map((j) => [j.domain_key, j.judgement]) : [],
    );
    const rows = currentFramework.domains.map((d) => {
      const young = quarter?.hallmarks.find((h) => h.domainKey === d.key);
      const views = {
        manager: manager.get(d.key) ?? null,
        team: null,
        youngPeople: young?.onGradeLine ?? null,
      };
      const result = disagreement(views, settings.margin);
      return {
        domainKey: d.key,
        ...views,
        youngPeopleHidden: young !== undefined && !young.shown,
        flagged: result.flagged,
        gap: result.gap,
      };
    });
    return { quarter: quarter?.quarter ?? null, margin: settings.margin, teamAvailable: false, rows };
  };
}
