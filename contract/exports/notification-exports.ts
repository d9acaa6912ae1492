/**
 * The notifications log as a spreadsheet: Regulation 40, 48 and 49 notices, each with every person told.
 * A pure function over what notifications.list returns; times are the home's clock (Europe/London).
 */
import { toCsv } from './csv';
import { EVENT_TYPES, NOTICE_KIND_LABELS, RECIPIENTS, type NotificationEntry } from '../notifications';
import { homeDateTime } from '../rules/home-moments';
import { flatten } from './record-exports';

const RECIPIENT_HEADER = ['Who was told', 'Name', 'Told on', 'Told at', 'When they were told'];

/**
 * One row per person told, oldest event first, each with its event's cells; an event nobody has been told
 * of yet still gets one row, its "told" cells blank, so a notice still to make is not lost.
 */
export function notificationsCsv(entries: NotificationEntry[]): string {
  const header = [
    'Event date',
    'Event time',
    'Quarter',
    'Regulation',
    'What happened',
    'Details',
    'Notice made in time',
    ...RECIPIENT_HEADER,
  ];
  const oldestFirst = [...entries].sort((a, b) => a.eventAt.localeCompare(b.eventAt) || a.id - b.id);
  const rows = flatten(
    oldestFirst,
    (e) => [...e.recipients].sort((a, b) => a.notifiedAt.localeCompare(b.notifiedAt) || a.id - b.id),
    (e) => {
      const at = homeDateTime(e.eventAt);
      const types: Record<string, string> = EVENT_TYPES[e.kind];
      return [
        at.date,
        at.time,
        e.quarter,
        NOTICE_KIND_LABELS[e.kind],
        types[e.eventType] ?? e.eventType,
        e.what,
        e.timing.text,
      ];
    },
    (r) => {
      const at = homeDateTime(r.notifiedAt);
      return [RECIPIENTS[r.recipient], r.who, at.date, at.time, r.timing.text];
    },
    RECIPIENT_HEADER.length,
  );
  return toCsv(header, rows);
}
