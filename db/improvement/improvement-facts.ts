import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ImprovementFacts } from '../insights/improvement-alerts';
import { createActionsRepository } from './actions-repository';
import { createRecordsService } from './records-service';

/** Everything the improvement alerts need for one home on one day. */
export function createImprovementFacts(db: Database) {
  const actions = createActionsRepository(db);
  const records = createRecordsService(db);
  const actionDone = db.prepare<[number], { n: number }>(
    "SELECT count(*) AS n FROM actions WHERE ofsted_item_id = ? AND status = 'done'",
  );
  return (homeId: number, today: string): ImprovementFacts => ({
    today,
    overdueActions: actions
      .openRows(homeId)
      .filter((r) => r.due_on < today)
      .map((r) => ({ id: r.id, title: r.title, dueOn: r.due_on })),
    reg44MissingMonths: records.reg44Overview(homeId, today).missingMonths,
    reg45: records.reg45Records(homeId, today),
    duties: records.dutiesOverview(homeId, today),
    overdueRequirements: records
      .inspections(homeId)
      .inspections.flatMap((i) => i.items)
      .filter((it) => it.kind === 'requirement' && it.complyBy !== null && it.complyBy < today)
      .filter((it) => actionDone.get(it.id)!.n === 0)
      .map((it) => ({ id: it.id, regulation: it.regulation, complyBy: it.complyBy! })),
  });
}
