import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { NotificationEntry, NotificationsOverview } from '../../contract/notifications';
import { quarterOfMoment } from '../../contract/rules/home-moments';
import {
  countedFrom,
  entryTiming,
  logQuarters,
  recipientTiming,
  reg40ByQuarter,
} from '../../contract/rules/notice-timing';
import { createNotificationsRepository } from './notifications-repository';

/** The notifications log with each notice's timing worked out for the app's `now`. */
export function createNotificationsService(db: Database) {
  const repo = createNotificationsRepository(db);

  function overview(homeId: number, now: Date): NotificationsOverview {
    const told = repo.recipients(homeId);
    const entries: NotificationEntry[] = repo.entries(homeId).map((e) => {
      const recipients = told
        .filter((r) => r.notification_id === e.id)
        .map((r) => ({
          id: r.id,
          recipient: r.recipient,
          who: r.who,
          notifiedAt: r.notified_at,
          timing: recipientTiming(e.kind, e.event_type, e.event_at, r.notified_at),
        }));
      return {
        id: e.id,
        kind: e.kind,
        eventType: e.event_type,
        what: e.what,
        eventAt: e.event_at,
        quarter: quarterOfMoment(e.event_at),
        recipients,
        timing: entryTiming({ kind: e.kind, eventAt: e.event_at, recipients }, now),
      };
    });
    const events = entries.map((e) => ({ kind: e.kind, eventAt: e.eventAt }));
    const from = countedFrom(events);
    return { entries, countedFrom: from, quarters: logQuarters(from, reg40ByQuarter(events), now) };
  }

  return { repo, overview };
}
