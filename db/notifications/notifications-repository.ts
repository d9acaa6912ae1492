import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { EventType, NoticeKind, Recipient } from '../../contract/notifications';
import { ServiceError } from '../../contract/result';

export interface EntryRow {
  id: number;
  home_id: number;
  kind: NoticeKind;
  event_type: EventType;
  what: string;
  event_at: string;
}
export interface RecipientRow {
  id: number;
  notification_id: number;
  recipient: Recipient;
  who: string;
  notified_at: string;
}

export interface EntryFields {
  kind: NoticeKind;
  eventType: string;
  what: string;
  eventAt: string;
}
export interface RecipientFields {
  recipient: Recipient;
  who: string;
  notifiedAt: string;
}

const gone = () => new ServiceError('not_found', 'That notifications log entry no longer exists.');

/** The notifications log: its entries and each person told. */
export function createNotificationsRepository(db: Database) {
  const entries = db.prepare<[number], EntryRow>(
    'SELECT id, home_id, kind, event_type, what, event_at FROM notifications WHERE home_id = ? ORDER BY event_at DESC, id DESC',
  );
  const entry = db.prepare<[number], EntryRow>(
    'SELECT id, home_id, kind, event_type, what, event_at FROM notifications WHERE id = ?',
  );
  const recipients = db.prepare<[number], RecipientRow>(
    `SELECT r.* FROM notification_recipients r JOIN notifications n ON n.id = r.notification_id
     WHERE n.home_id = ? ORDER BY r.notified_at, r.id`,
  );
  const earliestFor = db.prepare<[number], { notified_at: string | null }>(
    'SELECT min(notified_at) AS notified_at FROM notification_recipients WHERE notification_id = ?',
  );
  const recipient = db.prepare<[number], RecipientRow>('SELECT * FROM notification_recipients WHERE id = ?');
  const reg40Events = db.prepare<[number], { kind: NoticeKind; event_at: string }>(
    'SELECT kind, event_at FROM notifications WHERE home_id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO notifications (home_id, kind, event_type, what, event_at, created_at)
     VALUES (@homeId, @kind, @eventType, @what, @eventAt, @at)`,
  );
  const update = db.prepare(
    'UPDATE notifications SET kind = @kind, event_type = @eventType, what = @what, event_at = @eventAt WHERE id = @id',
  );
  const insertRecipient = db.prepare(
    `INSERT INTO notification_recipients (notification_id, recipient, who, notified_at)
     VALUES (@notificationId, @recipient, @who, @notifiedAt)`,
  );
  const updateRecipient = db.prepare(
    'UPDATE notification_recipients SET recipient = @recipient, who = @who, notified_at = @notifiedAt WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM notifications WHERE id = ?');

  return {
    entries: (homeId: number) => entries.all(homeId),
    recipients: (homeId: number) => recipients.all(homeId),
    /** Every entry's kind and event moment: what the quarterly count is made from. */
    events: (homeId: number) => reg40Events.all(homeId).map((e) => ({ kind: e.kind, eventAt: e.event_at })),
    entry(id: number): EntryRow {
      const found = entry.get(id);
      if (!found) throw gone();
      return found;
    },
    /** The earliest time anyone was told about the entry, or null. */
    firstTold: (id: number) => earliestFor.get(id)?.notified_at ?? null,
    recipient(id: number): RecipientRow {
      const found = recipient.get(id);
      if (!found) throw new ServiceError('not_found', 'That notice no longer exists.');
      return found;
    },
    save(homeId: number, id: number | undefined, f: EntryFields, at: Date): number {
      if (id === undefined) return Number(insert.run({ homeId, ...f, at: at.toISOString() }).lastInsertRowid);
      if (this.entry(id).home_id !== homeId) throw gone();
      update.run({ id, ...f });
      return id;
    },
    saveRecipient(notificationId: number, id: number | undefined, f: RecipientFields): void {
      if (id === undefined) {
        insertRecipient.run({ notificationId, ...f });
        return;
      }
      if (this.recipient(id).notification_id !== notificationId) {
        throw new ServiceError('not_found', 'That notice no longer exists.');
      }
      updateRecipient.run({ id, ...f });
    },
    remove(homeId: number, id: number): void {
      if (this.entry(id).home_id !== homeId) throw gone();
      remove.run(id);
    },
  };
}
