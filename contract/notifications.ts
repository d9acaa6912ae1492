import { z } from 'zod';
import { homeDate, personName, text } from './home-date';
import { id } from './review';

/**
 * The notifications log: Regulation 40 serious events, Regulation 48 absence notices and Regulation 49
 * change notices, each with what happened, when, and every person told with when.
 */
export const NOTICE_KINDS = ['reg40', 'reg48', 'reg49'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  reg40: 'Regulation 40: a serious event',
  reg48: 'Regulation 48: the manager’s absence',
  reg49: 'Regulation 49: a change of manager or provider',
};

/** The events each kind covers, as the regulation names them, with "another" where the list is open. */
export const EVENT_TYPES = {
  reg40: {
    death: 'A child died',
    'dbs-referral': 'Someone working in the home was referred to the Disclosure and Barring Service',
    exploitation: 'A child is, or is suspected of being, involved in or subject to sexual exploitation',
    police: 'An incident needing the police, which the registered person considers serious',
    allegation: 'An allegation of abuse against the home or someone working there',
    'child-protection': 'A child protection enquiry involving a child',
    other: 'Another serious event',
  },
  reg48: {
    'absence-planned': 'The person in day-to-day charge will be away for 28 days or more',
    'absence-unforeseen': 'An emergency or unforeseen absence of 28 days or more',
    return: 'Their return to duty',
  },
  reg49: {
    'manager-starts': 'Someone else starts to carry on or manage the home',
    'manager-stops': 'Someone stops carrying on or managing the home',
    other: 'Another change Regulation 49 covers',
  },
} as const satisfies Record<NoticeKind, Record<string, string>>;

export type EventType = { [K in NoticeKind]: keyof (typeof EVENT_TYPES)[K] }[NoticeKind];

export const RECIPIENTS = {
  ofsted: 'Ofsted (HMCI)',
  'placing-authority': 'The placing authority',
  'host-authority': 'The local authority where the home is',
  police: 'The police',
  parent: 'A parent or someone with parental responsibility',
  other: 'Someone else',
} as const;
export type Recipient = keyof typeof RECIPIENTS;

/** "14:05": a time of day on the home's clock, 24-hour. */
export const homeTime = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `Enter ${what} as hours and minutes, for example 14:05` });

const eventTypeKeys = [...new Set(Object.values(EVENT_TYPES).flatMap((types) => Object.keys(types)))] as [
  string,
  ...string[],
];

export const saveNotificationInput = z
  .strictObject({
    homeId: id,
    id: id.optional(),
    kind: z.enum(NOTICE_KINDS, { error: 'Choose which regulation the notice is under' }),
    eventType: z.enum(eventTypeKeys, { error: 'Choose what happened' }),
    what: text('what happened'),
    eventOn: homeDate('the date it happened'),
    eventTime: homeTime('the time it happened'),
  })
  .refine((input) => Object.hasOwn(EVENT_TYPES[input.kind], input.eventType), {
    error: 'Choose what happened from the list for this regulation',
    path: ['eventType'],
  });

export const saveRecipientInput = z.strictObject({
  notificationId: id,
  id: id.optional(),
  recipient: z.enum(Object.keys(RECIPIENTS) as [Recipient, ...Recipient[]], {
    error: 'Choose who was told',
  }),
  who: personName('Who was told'),
  notifiedOn: homeDate('the date they were told'),
  notifiedTime: homeTime('the time they were told'),
});

export const removeNotificationInput = z.strictObject({ homeId: id, id });

/** Whether a notice was made in time, by the rule that applies to its kind (contract/rules/notice-timing.ts). */
export type TimingState = 'in-time' | 'late' | 'waiting' | 'overdue' | 'recorded';

export interface NoticeTiming {
  state: TimingState;
  /** One sentence a manager can read: "Ofsted told 3 hours after the event: without delay". */
  text: string;
}

export interface NotificationRecipient {
  id: number;
  recipient: Recipient;
  who: string;
  /** UTC timestamp. */
  notifiedAt: string;
  timing: NoticeTiming;
}

export interface NotificationEntry {
  id: number;
  kind: NoticeKind;
  eventType: EventType;
  what: string;
  /** UTC timestamp of the event, shown in the home's time. */
  eventAt: string;
  /** The quarter of the event's date in the home's time: the quarter the entry is counted in. */
  quarter: string;
  recipients: NotificationRecipient[];
  timing: NoticeTiming;
}

export interface NotificationsOverview {
  entries: NotificationEntry[];
  /**
   * The first quarter counted from the log (the quarter of its earliest event); from it on, the quarter's
   * Regulation 40 figure is the log's count rather than a typed figure. Null while the log is empty.
   */
  countedFrom: string | null;
  /** Regulation 40 events per quarter, newest first, from `countedFrom` to the current quarter. */
  quarters: { quarter: string; reg40: number }[];
}
