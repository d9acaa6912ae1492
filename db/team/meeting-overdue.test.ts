import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('the overdue actions on a meeting’s agenda', () => {
  it('are those overdue on the meeting’s date once it is recorded, and today’s until then', () => {
    let clock = new Date('2026-06-01T09:00:00Z');
    const store = openStore({
      file: path.join(tempFolder(), 'h.sqlite'),
      appVersion: '1.0.0',
      now: () => clock,
    });
    const h = store.handlers;
    const homeId = h['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 4 }).id;
    const review = h['reviews.start']({ homeId, quarter: '2026-Q2' });
    const add = (title: string, dueOn: string) =>
      h['actions.create']({ homeId, title, link: null, owner: 'Sam', dueOn, source: 'review' }).id;
    const doneLater = add('Done after the meeting', '2026-06-10');
    add('Still open', '2026-06-10');
    const doneBefore = add('Done before the meeting', '2026-06-05');
    add('Due after the meeting', '2026-06-20');
    const overdueTitles = () =>
      h['meeting.get']({ reviewId: review.id })
        .items.filter((i) => i.reasons.includes('overdue'))
        .map((i) => i.title)
        .sort();

    clock = new Date('2026-06-08T09:00:00Z');
    h['actions.setStatus']({
      id: doneBefore,
      status: 'done',
      completedOn: '2026-06-08',
      evidence: 'Checked',
      byName: 'Sam',
    });
    // The meeting is on 15 June; the record is typed that evening.
    clock = new Date('2026-06-15T18:00:00Z');
    const onTheDay = ['Done after the meeting', 'Still open'];
    expect(overdueTitles()).toEqual(onTheDay);
    h['meeting.record']({ reviewId: review.id, heldOn: '2026-06-15', attendees: 'Sam', notes: '' });

    clock = new Date('2026-06-20T09:00:00Z');
    h['actions.setStatus']({
      id: doneLater,
      status: 'done',
      completedOn: '2026-06-20',
      evidence: 'Done',
      byName: 'Sam',
    });
    // Weeks later the minutes still list what was overdue on 15 June, not what is overdue today.
    clock = new Date('2026-07-10T09:00:00Z');
    expect(overdueTitles()).toEqual(onTheDay);

    // A meeting not yet held lists what is overdue today.
    const next = h['reviews.start']({ homeId, quarter: '2026-Q3' });
    const todays = h['meeting.get']({ reviewId: next.id }).items.map((i) => i.title);
    expect(todays.sort()).toEqual(['Due after the meeting', 'Still open']);
  });
});
