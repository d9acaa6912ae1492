import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PublicationBody } from '../../contract/hub/publication';
import { todayIso } from '../../contract/rules/dates';
import { createRecordsService } from '../improvement/records-service';
import { createMetricsRepository } from '../insights/metrics';
import { reg45OfstedDeadline } from '../insights/deadline-rules';
import { createHubOutbox } from './outbox';

type Body<K extends PublicationBody['kind']> = Extract<PublicationBody, { kind: K }>;

/**
 * The home's records as the provider's hub receives them: each kind whole (the hub replaces what it held,
 * so an edit or a removal reaches it too). Callers run these inside the transaction that saved the record;
 * for a home that is not connected they write nothing.
 */
export function createRecordPublications(db: Database, now: () => Date) {
  const outbox = createHubOutbox(db, now);
  const records = createRecordsService(db);
  const metrics = createMetricsRepository(db);
  // A requirement is met when an action made from it is done: the latest such date.
  const metOn = db.prepare<[number], string | null>(
    `SELECT max(completed_on) FROM actions WHERE ofsted_item_id = ? AND status = 'done'`,
  );
  metOn.pluck();

  const reg44 = (homeId: number): Body<'records.reg44'> => ({
    kind: 'records.reg44',
    visits: records.reg44.list(homeId).map((v) => ({
      ref: v.id,
      visitedOn: v.visitedOn,
      reportReceivedOn: v.reportReceivedOn,
      recommendations: v.recommendations.length,
    })),
  });

  const reg45 = (homeId: number): Body<'records.reg45'> => ({
    kind: 'records.reg45',
    records: records.reg45.rows(homeId).map((r) => ({
      ref: r.id,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      completedOn: r.completed_on,
      ofstedDueOn: reg45OfstedDeadline(r.completed_on),
      sentToOfstedOn: r.sent_to_ofsted_on,
    })),
  });

  const inspections = (homeId: number): Body<'records.inspections'> => ({
    kind: 'records.inspections',
    inspections: records.ofsted.list(homeId).map((i) => ({
      ref: i.id,
      inspectedOn: i.inspectedOn,
      type: i.kind,
      ...i.judgements,
      interimOutcome: i.interimOutcome,
      requirements: i.items
        .filter((item) => item.kind === 'requirement')
        .map((item) => ({
          ref: item.id,
          regulation: item.regulation,
          text: item.text,
          complyBy: item.complyBy,
          metOn: metOn.get(item.id) ?? null,
        })),
      recommendations: i.items.filter((item) => item.kind === 'recommendation').length,
    })),
  });

  const compliance = (homeId: number): Body<'records.compliance'> => ({
    kind: 'records.compliance',
    dates: records.dutiesOverview(homeId, todayIso(now())).duties.map((d) => ({
      ref: d.ref,
      title: d.title,
      lastDoneOn: d.lastDoneOn,
      nextDueOn: d.nextDueOn,
    })),
  });

  const figures = (homeId: number, quarter: string): Body<'figures.quarter'> | null => {
    const found = metrics.get(homeId, quarter);
    return found ? { kind: 'figures.quarter', quarter, figures: { ...found.values } } : null;
  };

  const connected = (homeId: number) => outbox.connection(homeId) !== null;
  // A home with no hub reads nothing more than it did before.
  const whole = (make: (homeId: number) => PublicationBody) => (homeId: number) => {
    if (connected(homeId)) outbox.publish(homeId, make(homeId));
  };

  return {
    reg44: whole(reg44),
    reg45: whole(reg45),
    inspections: whole(inspections),
    compliance: whole(compliance),
    figures(homeId: number, quarter: string): void {
      if (!connected(homeId)) return;
      const body = figures(homeId, quarter);
      if (body) outbox.publish(homeId, body);
    },
    /** Everything the home already holds, when it first connects: the provider sees it from day one. */
    all(homeId: number): void {
      // A kind the home holds none of has nothing to replace at the hub.
      const held = [reg44(homeId), reg45(homeId), inspections(homeId), compliance(homeId)];
      for (const body of held) {
        if (Object.values(body).some((v) => Array.isArray(v) && v.length > 0)) outbox.publish(homeId, body);
      }
      for (const m of metrics.list(homeId)) outbox.publish(homeId, figures(homeId, m.quarter)!);
    },
  };
}
export type RecordPublications = ReturnType<typeof createRecordPublications>;
