import type { Handlers as AllHandlers } from '../../contract/operations';
import type { Recipient } from '../../contract/notifications';
import { addDays } from '../../contract/rules/dates';
import { quarterDates } from '../../contract/rules/quarters';
import { demoQuarters } from './demo-home';

type Handlers = Omit<AllHandlers, `backups.${string}`>;

interface Told {
  recipient: Recipient;
  who: string;
  /** Days after the event, and the time. */
  after: number;
  time: string;
}

/**
 * The notifications log for the seventh quarter, when K was missing from care twice and an exploitation
 * concern was shared a week late (demo-story.ts): three Regulation 40 events, as the quarter's figures
 * say, one of them notified late. The last quarter had none, as its figures say too.
 */
export function addDemoNotifications(handlers: Handlers, homeId: number, now: Date) {
  const start = quarterDates(demoQuarters(now)[6]!).start;
  const events: [string, string, number, string, Told[]][] = [
    [
      'police',
      'K did not come back from school; reported missing to the police, and found safe the next morning.',
      19,
      '18:40',
      [
        { recipient: 'police', who: 'Missing person report', after: 0, time: '19:05' },
        { recipient: 'placing-authority', who: 'Emergency duty team', after: 0, time: '19:30' },
        { recipient: 'ofsted', who: 'Ofsted notification form', after: 1, time: '09:15' },
      ],
    ],
    [
      'exploitation',
      'After K’s second missing episode, staff recorded signs that K may be being sexually exploited.',
      41,
      '23:10',
      [
        { recipient: 'police', who: '', after: 1, time: '10:00' },
        { recipient: 'placing-authority', who: 'K’s social worker', after: 7, time: '11:20' },
        { recipient: 'ofsted', who: 'Ofsted notification form', after: 8, time: '14:00' },
      ],
    ],
    [
      'child-protection',
      'The local authority began a child protection enquiry about K after the exploitation concern.',
      50,
      '10:00',
      [
        { recipient: 'ofsted', who: 'Ofsted notification form', after: 0, time: '15:30' },
        { recipient: 'parent', who: 'K’s mother', after: 0, time: '16:00' },
      ],
    ],
  ];
  for (const [eventType, what, day, time, told] of events) {
    const eventOn = addDays(start, day);
    const { savedId } = handlers['notifications.save']({
      homeId,
      kind: 'reg40',
      eventType,
      what,
      eventOn,
      eventTime: time,
    });
    for (const t of told) {
      handlers['notifications.saveRecipient']({
        notificationId: savedId,
        recipient: t.recipient,
        who: t.who,
        notifiedOn: addDays(eventOn, t.after),
        notifiedTime: t.time,
      });
    }
  }
}
