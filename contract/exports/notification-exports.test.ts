import { describe, expect, it } from 'vitest';
import { csvText, parseCsv } from './csv';
import { notificationsCsv } from './notification-exports';
import type { NotificationEntry, NotificationRecipient } from '../notifications';

const HOSTILE = '=SUM(A1) <script>alert("x")</script>, "quoted" 🙂\nsecond line';

/** The file read back as Excel would: header first, then each row as { column: text }. */
function read(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, i) => [name, csvText(row[i]!)]));
  });
}

const told = (over: Partial<NotificationRecipient>): NotificationRecipient => ({
  id: 1,
  recipient: 'ofsted',
  who: 'Ofsted enquiries',
  notifiedAt: '2026-06-30T23:45:00.000Z',
  timing: { state: 'in-time', text: 'Ofsted told 1 hour after the event: without delay' },
  ...over,
});

const entry = (over: Partial<NotificationEntry>): NotificationEntry => ({
  id: 1,
  kind: 'reg40',
  eventType: 'police',
  what: HOSTILE,
  // 22:45 UTC on 30 June is 23:45 on the home's clock, still 30 June.
  eventAt: '2026-06-30T22:45:00.000Z',
  quarter: '2026-Q2',
  recipients: [],
  timing: { state: 'in-time', text: 'Everyone told without delay' },
  ...over,
});

describe('the notifications log CSV', () => {
  it('has one row per person told, oldest event first, dated and timed by the home’s clock', () => {
    const text = notificationsCsv([
      entry({
        id: 2,
        kind: 'reg48',
        eventType: 'absence-planned',
        what: 'Manager on leave',
        eventAt: '2026-08-01T08:00:00.000Z',
        quarter: '2026-Q3',
        timing: { state: 'waiting', text: 'Ofsted not told yet' },
      }),
      entry({
        recipients: [
          told({ id: 3, recipient: 'police', who: '-PC Hostile', notifiedAt: '2026-07-01T01:00:00.000Z' }),
          told({}),
        ],
      }),
    ]);
    expect(text).toContain(`"'=SUM(A1)`); // a spreadsheet shows the formula-looking text rather than running it
    expect(text).toContain(`'-PC Hostile`);
    const rows = read(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      'Event date': '2026-06-30',
      'Event time': '23:45',
      Quarter: '2026-Q2',
      Regulation: 'Regulation 40: a serious event',
      'What happened': 'An incident needing the police, which the registered person considers serious',
      Details: HOSTILE,
      'Notice made in time': 'Everyone told without delay',
      'Who was told': 'Ofsted (HMCI)',
      Name: 'Ofsted enquiries',
      // 23:45 UTC on 30 June is 00:45 on 1 July at the home.
      'Told on': '2026-07-01',
      'Told at': '00:45',
      'When they were told': 'Ofsted told 1 hour after the event: without delay',
    });
    expect(rows[1]).toMatchObject({
      'Event date': '2026-06-30',
      'Who was told': 'The police',
      Name: '-PC Hostile',
      'Told at': '02:00',
    });
  });

  it('gives an event nobody has been told of one row, its told cells blank', () => {
    const rows = read(
      notificationsCsv([
        entry({
          kind: 'reg48',
          eventType: 'absence-planned',
          what: 'Manager on leave',
          eventAt: '2026-12-01T09:00:00.000Z',
          quarter: '2026-Q4',
          timing: { state: 'waiting', text: 'Ofsted not told yet' },
        }),
      ]),
    );
    expect(rows).toEqual([
      {
        'Event date': '2026-12-01',
        'Event time': '09:00',
        Quarter: '2026-Q4',
        Regulation: 'Regulation 48: the manager’s absence',
        'What happened': 'The person in day-to-day charge will be away for 28 days or more',
        Details: 'Manager on leave',
        'Notice made in time': 'Ofsted not told yet',
        'Who was told': '',
        Name: '',
        'Told on': '',
        'Told at': '',
        'When they were told': '',
      },
    ]);
    expect(parseCsv(notificationsCsv([]))).toHaveLength(1); // the header alone
  });

  it('orders events by when they happened, then as recorded, and each event’s people by when they were told', () => {
    const at = (id: number, eventAt: string) => entry({ id, what: `Event ${id}`, eventAt });
    const rows = read(
      notificationsCsv([
        at(3, '2026-05-01T09:00:00.000Z'),
        at(2, '2026-05-01T09:00:00.000Z'),
        at(1, '2026-06-01T09:00:00.000Z'),
        entry({
          id: 4,
          what: 'Event 4',
          eventAt: '2026-04-01T09:00:00.000Z',
          recipients: [
            told({ id: 3, who: 'Third', notifiedAt: '2026-04-01T10:00:00.000Z' }),
            told({ id: 2, who: 'Second', notifiedAt: '2026-04-01T10:00:00.000Z' }),
            told({ id: 1, who: 'Last', notifiedAt: '2026-04-01T11:00:00.000Z' }),
            told({ id: 5, who: 'First', notifiedAt: '2026-04-01T09:30:00.000Z' }),
          ],
        }),
      ]),
    );
    expect(rows.map((r) => [r.Details, r.Name])).toEqual([
      ['Event 4', 'First'],
      ['Event 4', 'Second'],
      ['Event 4', 'Third'],
      ['Event 4', 'Last'],
      ['Event 2', ''],
      ['Event 3', ''],
      ['Event 1', ''],
    ]);
  });
});
