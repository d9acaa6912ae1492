import type {
  NoticeKind,
  NoticeTiming,
  NotificationEntry,
  NotificationRecipient,
  TimingState,
} from '../notifications';
import { addMonths } from './dates';
import { homeDateTime, homeMoment, quarterOfMoment } from './home-moments';
import { addQuarters, quarterOf } from './quarters';

/**
 * Regulation 40(4) says "without delay" and sets no number of hours. Hallmarks counts a notice made
 * within this many hours of the event as without delay: Hallmarks' own convention, not the regulation's.
 */
export const WITHOUT_DELAY_HOURS = 24;

export const WITHOUT_DELAY_NOTE =
  'Regulation 40 asks for each notice “without delay” and sets no number of hours. Hallmarks counts a ' +
  `notice made within ${WITHOUT_DELAY_HOURS} hours of the event as without delay: this is Hallmarks’ own ` +
  'convention, not a rule in the regulation.';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A length of time in words: "45 minutes", "3 hours 10 minutes", "2 days 4 hours". */
export function durationWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24)
    return [plural(hours, 'hour'), minutes % 60 ? plural(minutes % 60, 'minute') : ''].join(' ').trim();
  const days = Math.floor(hours / 24);
  return [plural(days, 'day'), hours % 24 ? plural(hours % 24, 'hour') : ''].join(' ').trim();
}

const gap = (from: string, to: string) => Date.parse(to) - Date.parse(from);
const when = (ms: number, what: string) =>
  ms >= 0 ? `${durationWords(ms)} after ${what}` : `${durationWords(ms)} before ${what}`;

/** A moment shifted by whole calendar months on the home's clock (a month's notice, a week's). */
function monthsBefore(moment: string, months: number): string {
  const { date, time } = homeDateTime(moment);
  return homeMoment(addMonths(date, -months), time) ?? new Date(Date.parse(moment) - 31 * DAY).toISOString();
}

/** How one recorded notice stands against the rule for its kind of event. */
export function recipientTiming(
  kind: NoticeKind,
  eventType: string,
  eventAt: string,
  notifiedAt: string,
): NoticeTiming {
  const ms = gap(eventAt, notifiedAt);
  if (kind === 'reg40') {
    if (ms < 0) return { state: 'recorded', text: `Told ${when(ms, 'the event')}.` };
    return ms <= WITHOUT_DELAY_HOURS * HOUR
      ? { state: 'in-time', text: `Told ${when(ms, 'the event')}: without delay.` }
      : {
          state: 'late',
          text: `Told ${when(ms, 'the event')}: later than the ${WITHOUT_DELAY_HOURS} hours Hallmarks counts as without delay.`,
        };
  }
  if (kind === 'reg48') {
    if (eventType === 'absence-planned') {
      const inTime = notifiedAt <= monthsBefore(eventAt, 1);
      return inTime
        ? { state: 'in-time', text: `Told ${when(ms, 'the absence began')}: at least a month’s notice.` }
        : {
            state: 'recorded',
            text: `Told ${when(ms, 'the absence began')}. Regulation 48 asks for a month’s notice, or a shorter time Ofsted agrees.`,
          };
    }
    // An unforeseen absence: notice within a week of its start; a return: within 7 days after it.
    const [what, rule] =
      eventType === 'return'
        ? ['the return to duty', 'no later than 7 days after the return']
        : ['the absence began', 'notice within a week of the absence beginning'];
    return ms <= 7 * DAY
      ? { state: 'in-time', text: `Told ${when(ms, what)}: in time.` }
      : { state: 'late', text: `Told ${when(ms, what)}: Regulation 48 asks for ${rule}.` };
  }
  return {
    state: 'recorded',
    text: `Told ${when(ms, 'the change')}. Regulation 49 asks for notice as soon as reasonably practicable.`,
  };
}

const WORST: TimingState[] = ['overdue', 'late', 'waiting', 'recorded', 'in-time'];

/** How the whole entry stands: Ofsted must be told for every kind; for Regulation 40, everyone without delay. */
export function entryTiming(
  entry: Pick<NotificationEntry, 'kind' | 'eventAt'> & {
    recipients: Pick<NotificationRecipient, 'recipient' | 'timing'>[];
  },
  now: Date,
): NoticeTiming {
  const ofsted = entry.recipients.filter((r) => r.recipient === 'ofsted');
  if (ofsted.length === 0) {
    const since = now.getTime() - Date.parse(entry.eventAt);
    if (entry.kind === 'reg40' && since > WITHOUT_DELAY_HOURS * HOUR) {
      return {
        state: 'overdue',
        text: `Ofsted not recorded as told: ${durationWords(since)} since the event.`,
      };
    }
    return {
      state: 'waiting',
      text:
        since >= 0
          ? `Ofsted not recorded as told yet: ${durationWords(since)} since the event.`
          : 'Ofsted not recorded as told yet.',
    };
  }
  const states = entry.recipients.map((r) => r.timing.state);
  const state = WORST.find((s) => states.includes(s)) ?? 'recorded';
  if (entry.kind !== 'reg40') return { state, text: ofsted[0]!.timing.text };
  return state === 'in-time'
    ? { state, text: `Without delay: everyone recorded was told within ${WITHOUT_DELAY_HOURS} hours.` }
    : {
        state,
        text: `Not every notice was within the ${WITHOUT_DELAY_HOURS} hours Hallmarks counts as without delay.`,
      };
}

/** Regulation 40 events in each quarter of the event's date on the home's clock. */
export function reg40ByQuarter(entries: { kind: NoticeKind; eventAt: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.kind !== 'reg40') continue;
    const q = quarterOfMoment(e.eventAt);
    counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  return counts;
}

/** The quarter of the log's earliest event: from it on, the Regulation 40 figure is counted from the log. */
export function countedFrom(entries: { eventAt: string }[]): string | null {
  const first = entries.reduce<string | null>(
    (min, e) => (min === null || e.eventAt < min ? e.eventAt : min),
    null,
  );
  return first === null ? null : quarterOfMoment(first);
}

/** The quarter's Regulation 40 figure from the log, or null where the typed figure still stands. */
export function loggedReg40(
  quarter: string,
  from: string | null,
  counts: Map<string, number>,
): number | null {
  if (from === null || quarter < from) return null;
  return counts.get(quarter) ?? 0;
}

/** Each quarter from the log's first to the current one, newest first, with its Regulation 40 count. */
export function logQuarters(from: string | null, counts: Map<string, number>, now: Date) {
  if (from === null) return [];
  const rows: { quarter: string; reg40: number }[] = [];
  const last = [...counts.keys(), quarterOf(now)].sort().at(-1)!;
  for (let q = last; q >= from; q = addQuarters(q, -1)) rows.push({ quarter: q, reg40: counts.get(q) ?? 0 });
  return rows;
}
