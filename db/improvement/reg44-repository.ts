import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Reg44Recommendation, Reg44Visit } from '../../contract/records';
import { ServiceError } from '../../contract/result';
import { createHubOutbox } from '../hub-outbox/outbox';

interface VisitRow {
  id: number;
  home_id: number;
  visited_on: string;
  visitor: string;
  report_received_on: string | null;
}
interface RecommendationRow {
  id: number;
  visit_id: number;
  text: string;
  respond_by: string | null;
  response: string;
  responded_on: string | null;
  action_id: number | null;
}

export interface VisitFields {
  visitedOn: string;
  visitor: string;
  reportReceivedOn: string | null;
}
export interface RecommendationFields {
  text: string;
  respondBy: string | null;
  response: string;
  respondedOn: string | null;
}

/** Reg 44 independent visits and their recommendations. */
export function createReg44Repository(db: Database) {
  const visits = db.prepare<[number], VisitRow>(
    'SELECT * FROM reg44_visits WHERE home_id = ? ORDER BY visited_on DESC, id DESC',
  );
  const visit = db.prepare<[number], VisitRow>('SELECT * FROM reg44_visits WHERE id = ?');
  const recommendations = db.prepare<[number], RecommendationRow>(
    `SELECT r.*, (SELECT min(a.id) FROM actions a WHERE a.reg44_recommendation_id = r.id) AS action_id
     FROM reg44_recommendations r JOIN reg44_visits v ON v.id = r.visit_id WHERE v.home_id = ? ORDER BY r.id`,
  );
  const recommendation = db.prepare<[number], RecommendationRow & { home_id: number }>(
    `SELECT r.*, v.home_id, NULL AS action_id FROM reg44_recommendations r
     JOIN reg44_visits v ON v.id = r.visit_id WHERE r.id = ?`,
  );
  const insertVisit = db.prepare(
    `INSERT INTO reg44_visits (home_id, visited_on, visitor, report_received_on, created_at)
     VALUES (@homeId, @visitedOn, @visitor, @reportReceivedOn, @at)`,
  );
  const updateVisit = db.prepare(
    `UPDATE reg44_visits SET visited_on = @visitedOn, visitor = @visitor,
       report_received_on = @reportReceivedOn WHERE id = @id`,
  );
  const insertRecommendation = db.prepare(
    `INSERT INTO reg44_recommendations (visit_id, text, respond_by, response, responded_on)
     VALUES (@visitId, @text, @respondBy, @response, @respondedOn)`,
  );
  const updateRecommendation = db.prepare(
    `UPDATE reg44_recommendations SET text = @text, respond_by = @respondBy, response = @response,
       responded_on = @respondedOn WHERE id = @id`,
  );

  const toRecommendation = (r: RecommendationRow): Reg44Recommendation => ({
    id: r.id,
    text: r.text,
    respondBy: r.respond_by,
    response: r.response,
    respondedOn: r.responded_on,
    actionId: r.action_id,
  });

  return {
    list(homeId: number): Reg44Visit[] {
      const recs = recommendations.all(homeId);
      return visits.all(homeId).map((v) => ({
        id: v.id,
        visitedOn: v.visited_on,
        visitor: v.visitor,
        reportReceivedOn: v.report_received_on,
        recommendations: recs.filter((r) => r.visit_id === v.id).map(toRecommendation),
      }));
    },
    visitHome(id: number): number {
      const found = visit.get(id);
      if (!found) throw new ServiceError('not_found', 'That Reg 44 visit no longer exists.');
      return found.home_id;
    },
    recommendation(id: number) {
      const found = recommendation.get(id);
      if (!found) throw new ServiceError('not_found', 'That recommendation no longer exists.');
      return { ...toRecommendation(found), homeId: found.home_id, visitId: found.visit_id };
    },
    saveVisit(homeId: number, id: number | undefined, f: VisitFields, at: Date): number {
      if (id === undefined) {
        return Number(insertVisit.run({ homeId, ...f, at: at.toISOString() }).lastInsertRowid);
      }
      if (this.visitHome(id) !== homeId)
        throw new ServiceError('not_found', 'That Reg 44 visit no longer exists.');
      updateVisit.run({ id, ...f });
      return id;
    },
    saveRecommendation(visitId: number, id: number | undefined, f: RecommendationFields, at: Date): void {
      // With the provider hub's publication of the response's due date, in one transaction.
      db.transaction(() => {
        let savedId = id;
        if (savedId === undefined) {
          savedId = Number(insertRecommendation.run({ visitId, ...f }).lastInsertRowid);
        } else {
          if (this.recommendation(savedId).visitId !== visitId) {
            throw new ServiceError('not_found', 'That recommendation no longer exists.');
          }
          updateRecommendation.run({ id: savedId, ...f });
        }
        if (f.respondBy) {
          createHubOutbox(db, () => at).publish(this.visitHome(visitId), {
            kind: 'statutory.item',
            item: 'reg44_response',
            ref: `reg44-${savedId}`,
            title: f.text,
            dueOn: f.respondBy,
            doneOn: f.respondedOn,
          });
        }
      })();
    },
  };
}
