import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ActionItem, ActionLink, ActionSource, ActionStatus } from '../../contract/actions';
import { ServiceError } from '../../contract/result';
import { createCustomIndicators } from '../reviews/custom-indicators';
import { isOverdue } from '../insights/deadline-rules';
import { describeLink } from './action-links';
import { createHubOutbox } from '../hub-outbox/outbox';
import { actionSavedBody } from '../hub-outbox/publication-bodies';

interface Row {
  id: number;
  home_id: number;
  title: string;
  link_kind: 'indicator' | 'domain' | 'sccif' | null;
  link_key: string | null;
  owner: string;
  due_on: string;
  status: ActionStatus;
  completed_on: string | null;
  evidence: string;
  drop_reason: string;
  source: ActionSource;
  review_id: number | null;
  reg44_recommendation_id: number | null;
  ofsted_item_id: number | null;
  created_at: string;
}

export interface NewAction {
  title: string;
  link: ActionLink;
  owner: string;
  dueOn: string;
  source: ActionSource;
  origin?: { kind: 'review' | 'reg44' | 'ofsted'; id: number } | null;
}

function originOf(r: Row): ActionItem['origin'] {
  if (r.reg44_recommendation_id) return { kind: 'reg44', id: r.reg44_recommendation_id };
  if (r.ofsted_item_id) return { kind: 'ofsted', id: r.ofsted_item_id };
  if (r.review_id) return { kind: 'review', id: r.review_id };
  return null;
}

/** Actions with their status history and progress notes. */
export function createActionsRepository(db: Database, now: () => Date = () => new Date()) {
  const custom = createCustomIndicators(db);
  const list = db.prepare<[number], Row>('SELECT * FROM actions WHERE home_id = ? ORDER BY due_on, id');
  const byId = db.prepare<[number], Row>('SELECT * FROM actions WHERE id = ?');
  const events = db.prepare<[number], { status: ActionStatus; by_name: string; note: string; at: string }>(
    'SELECT status, by_name, note, at FROM action_events WHERE action_id = ? ORDER BY id',
  );
  const notes = db.prepare<[number], { noted_on: string; by_name: string; text: string }>(
    'SELECT noted_on, by_name, text FROM action_notes WHERE action_id = ? ORDER BY noted_on, id',
  );
  const insert = db.prepare(
    `INSERT INTO actions (home_id, title, link_kind, link_key, owner, due_on, source, review_id,
       reg44_recommendation_id, ofsted_item_id, created_at)
     VALUES (@homeId, @title, @linkKind, @linkKey, @owner, @dueOn, @source, @reviewId, @reg44Id, @ofstedId, @at)`,
  );
  const update = db.prepare(
    `UPDATE actions SET title = @title, link_kind = @linkKind, link_key = @linkKey, owner = @owner,
       due_on = @dueOn, source = @source WHERE id = @id`,
  );
  const setStatus = db.prepare(
    `UPDATE actions SET status = @status, completed_on = @completedOn, evidence = @evidence,
       drop_reason = @reason WHERE id = @id`,
  );
  const addEvent = db.prepare<[number, ActionStatus, string, string, string]>(
    'INSERT INTO action_events (action_id, status, by_name, note, at) VALUES (?, ?, ?, ?, ?)',
  );
  const addNote = db.prepare<[number, string, string, string, string]>(
    'INSERT INTO action_notes (action_id, noted_on, by_name, text, at) VALUES (?, ?, ?, ?, ?)',
  );

  function row(id: number): Row {
    const found = byId.get(id);
    if (!found) throw new ServiceError('not_found', 'That action no longer exists.');
    return found;
  }

  // Each saved action goes to the provider's hub in the same transaction, for a connected home only.
  const outbox = createHubOutbox(db, now);
  const publish = (id: number) => {
    const saved = row(id);
    outbox.publish(saved.home_id, actionSavedBody(saved));
  };

  function toItem(r: Row, today: string, own = custom.list(r.home_id)): ActionItem {
    const link: ActionLink = r.link_kind ? ({ kind: r.link_kind, key: r.link_key! } as ActionLink) : null;
    const { label, domainKey } = describeLink(link, own);
    return {
      id: r.id,
      homeId: r.home_id,
      title: r.title,
      link,
      linkLabel: label,
      domainKey,
      owner: r.owner,
      dueOn: r.due_on,
      status: r.status,
      completedOn: r.completed_on,
      evidence: r.evidence,
      dropReason: r.drop_reason,
      source: r.source,
      origin: originOf(r),
      overdue: isOverdue({ status: r.status, dueOn: r.due_on }, today),
      events: events.all(r.id).map((e) => ({ status: e.status, byName: e.by_name, note: e.note, at: e.at })),
      notes: notes.all(r.id).map((n) => ({ notedOn: n.noted_on, byName: n.by_name, text: n.text })),
      createdAt: r.created_at,
    };
  }

  const linkParams = (link: ActionLink) => ({ linkKind: link?.kind ?? null, linkKey: link?.key ?? null });

  return {
    list(homeId: number, today: string): ActionItem[] {
      const own = custom.list(homeId);
      return list.all(homeId).map((r) => toItem(r, today, own));
    },
    get: (id: number, today: string) => toItem(row(id), today),
    homeOf: (id: number) => row(id).home_id,
    /** Open and in-progress actions only: what the dashboard and the next review need. */
    openRows: (homeId: number) =>
      list.all(homeId).filter((r) => r.status === 'open' || r.status === 'in_progress'),
    create: db.transaction((homeId: number, a: NewAction, byName: string): number => {
      const origin = a.origin ?? null;
      const at = now().toISOString();
      const id = Number(
        insert.run({
          homeId,
          title: a.title,
          ...linkParams(a.link),
          owner: a.owner,
          dueOn: a.dueOn,
          source: a.source,
          reviewId: origin?.kind === 'review' ? origin.id : null,
          reg44Id: origin?.kind === 'reg44' ? origin.id : null,
          ofstedId: origin?.kind === 'ofsted' ? origin.id : null,
          at,
        }).lastInsertRowid,
      );
      addEvent.run(id, 'open', byName, 'Added', at);
      publish(id);
      return id;
    }),
    update: db.transaction((id: number, a: Omit<NewAction, 'origin'>): void => {
      row(id);
      update.run({
        id,
        title: a.title,
        ...linkParams(a.link),
        owner: a.owner,
        dueOn: a.dueOn,
        source: a.source,
      });
      publish(id);
    }),
    setStatus: db.transaction(
      (
        id: number,
        s: { status: ActionStatus; completedOn?: string; evidence?: string; reason?: string; byName: string },
      ) => {
        row(id);
        const done = s.status === 'done';
        const dropped = s.status === 'dropped';
        setStatus.run({
          id,
          status: s.status,
          completedOn: done ? s.completedOn! : null,
          evidence: done ? (s.evidence ?? '') : '',
          reason: dropped ? (s.reason ?? '') : '',
        });
        addEvent.run(
          id,
          s.status,
          s.byName,
          done ? (s.evidence ?? '') : (s.reason ?? ''),
          now().toISOString(),
        );
        publish(id);
      },
    ),
    addNote(id: number, notedOn: string, text: string, byName: string): void {
      row(id);
      addNote.run(id, notedOn, byName, text, now().toISOString());
    },
  };
}
