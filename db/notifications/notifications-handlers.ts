import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { formatIsoDate } from '../../contract/rules/dates';
import { homeMoment } from '../../contract/rules/home-moments';
import { latestDate } from '../../contract/rules/quarters';
import type { createHomesRepository } from '../homes/homes';
import { createNotificationsService } from './notifications-service';

type NotificationOperations =
  'notifications.list' | 'notifications.save' | 'notifications.saveRecipient' | 'notifications.remove';

/** A typed date and time on the home's clock as a moment, or the field's message when the clocks skip it. */
function moment(date: string, time: string, field: string): string {
  const at = homeMoment(date, time);
  if (at === null) {
    throw new ServiceError(
      'invalid_input',
      `${time} did not happen on ${formatIsoDate(date)}: the clocks went forward.`,
      {
        [field]: 'Enter the time the clock showed after it went forward, for example 02:30',
      },
    );
  }
  return at;
}

const refuse = (message: string, field: string, fieldMessage: string) =>
  new ServiceError('invalid_input', message, { [field]: fieldMessage });

/** The notifications log: Regulation 40 serious events, Regulation 48 and 49 notices, and who was told when. */
export function createNotificationHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  now: () => Date = () => new Date(),
): Pick<Handlers, NotificationOperations> {
  const { repo, overview } = createNotificationsService(db);
  const home = (homeId: number) => homes.get(homeId).id;

  return {
    'notifications.list': ({ homeId }) => overview(home(homeId), now()),
    'notifications.save': ({ homeId, id, kind, eventType, what, eventOn, eventTime }) => {
      home(homeId);
      const eventAt = moment(eventOn, eventTime, 'eventTime');
      const at = now();
      // A serious event has happened before it is notified; an absence or change may be notified ahead.
      if (kind === 'reg40' && eventAt > at.toISOString()) {
        throw refuse(
          'A serious event cannot be in the future.',
          'eventOn',
          'Enter a date and time that have passed',
        );
      }
      if (eventOn > latestDate(at)) {
        throw refuse('That date is more than a year ahead.', 'eventOn', 'Enter a date within the next year');
      }
      const firstTold = id === undefined ? null : repo.firstTold(id);
      if (kind === 'reg40' && firstTold !== null && firstTold < eventAt) {
        throw refuse(
          'Someone is recorded as told before that time.',
          'eventTime',
          'Enter a time no later than the first notice recorded for it',
        );
      }
      const savedId = db.transaction(() => repo.save(homeId, id, { kind, eventType, what, eventAt }, at))();
      return { savedId, value: overview(homeId, at) };
    },
    'notifications.saveRecipient': ({ notificationId, id, recipient, who, notifiedOn, notifiedTime }) => {
      const entry = repo.entry(notificationId);
      const notifiedAt = moment(notifiedOn, notifiedTime, 'notifiedTime');
      const at = now();
      if (notifiedAt > at.toISOString()) {
        throw refuse(
          'A notice cannot be recorded before it is made.',
          'notifiedOn',
          'Enter a date and time that have passed',
        );
      }
      if (entry.kind === 'reg40' && notifiedAt < entry.event_at) {
        throw refuse(
          'A notice of a serious event cannot be before the event.',
          'notifiedTime',
          'Enter a time on or after the time of the event',
        );
      }
      repo.saveRecipient(notificationId, id, { recipient, who, notifiedAt });
      return overview(entry.home_id, at);
    },
    'notifications.remove': ({ homeId, id }) => {
      repo.remove(home(homeId), id);
      return overview(homeId, now());
    },
  };
}
