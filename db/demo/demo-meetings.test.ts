import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quarterDates } from '../../contract/rules/quarters';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

function sampleHome(at: string) {
  const now = new Date(at);
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: '1.0.0', now: () => now });
  const started = performance.now();
  const homeId = store.handlers['demo.create']({}).id;
  return { store, h: store.handlers, homeId, ms: performance.now() - started };
}

describe('the sample home’s team meetings', () => {
  it.each(['2026-11-26T10:00:00Z', '2026-10-01T00:30:00+01:00'])(
    'has a rating round, a recorded meeting and agreed ratings in the last three quarters, at %s',
    (at) => {
      const { store, h, homeId, ms } = sampleHome(at);
      const reviews = h['reviews.list']({ homeId }).sort((a, b) => a.quarter.localeCompare(b.quarter));
      const staff = new Set(h['staff.list']({ homeId }).map((m) => m.name));
      const met = reviews.slice(-3);
      for (const summary of met) {
        const meeting = h['meeting.get']({ reviewId: summary.id });
        const review = h['reviews.get']({ id: summary.id });
        expect(meeting.round!.sheets).toBeGreaterThanOrEqual(4);
        expect(meeting.round!.sheets).toBeLessThanOrEqual(6);
        expect(meeting.round!.fromPaper).toBeGreaterThanOrEqual(1);
        expect(meeting.round!.named.length).toBeLessThan(meeting.round!.sheets);
        // Held after the quarter ended, on or before the review was signed off.
        expect(meeting.heldOn! > quarterDates(summary.quarter).end).toBe(true);
        expect(meeting.heldOn! <= review.signedOn!).toBe(true);
        for (const name of meeting.attendees.split(', ')) expect(staff.has(name), name).toBe(true);
        expect(meeting.notes.length).toBeGreaterThan(100);
        const indicators = meeting.items.flatMap((i) => (i.indicator ? [i.indicator] : []));
        // One blind spot: flagged now, or the manager's rating before the team agreed a lower one.
        const before = (i: (typeof indicators)[number]) => i.agreed[0]?.earlier ?? i.manager ?? 0;
        const blind = indicators.filter((i) => before(i) > (i.spread?.median ?? 4));
        expect(blind).toHaveLength(1);
        expect(indicators.filter((i) => i.flag === 'hidden-strength')).toHaveLength(0);
        const wide = indicators.filter((i) => i.spread?.label === 'mixed' || i.spread?.label === 'split');
        expect(wide.length).toBeGreaterThanOrEqual(1);
        expect(wide.length).toBeLessThanOrEqual(3);
        // The agreements were made while the review was a draft, dated on the meeting's day.
        const agreed = review.events.filter((e) => e.kind === 'agreed');
        expect(agreed.length).toBeGreaterThanOrEqual(2);
        expect(agreed.length).toBeLessThanOrEqual(3);
        for (const e of agreed) expect(e.at.slice(0, 10)).toBe(meeting.heldOn);
        expect(review.events.at(-1)!.kind).toBe('completed');
      }
      expect(h['meeting.get']({ reviewId: reviews[4]!.id }).round).toBeNull();
      const latest = h['meeting.get']({ reviewId: met[2]!.id }).items;
      expect(latest.filter((i) => i.indicator?.flag === 'blind-spot')).toHaveLength(1);

      const fromMeetings = h['actions.list']({ homeId }).filter(
        (a) => a.source === 'team_meeting' && a.origin?.kind === 'review',
      );
      expect(fromMeetings.map((a) => a.origin!.id).sort()).toEqual(met.map((r) => r.id).sort());
      expect(fromMeetings.filter((a) => a.overdue)).toEqual([]);

      const agreement = h['meeting.agreement']({ homeId });
      expect(agreement.quarters).toEqual(met.map((r) => r.quarter));
      expect(agreement.domains.length).toBeGreaterThan(5);
      // The team was apart on staffing in the first meeting and has come together since. Agreement is per
      // indicator: one staffing indicator was rated from one end of the scale to the other, so the domain
      // is split, not merely mixed.
      const [first, second, third] = agreement.quarters;
      expect(agreement.domains.find((d) => d.key === 'staffing')!.labels).toEqual({
        [first!]: 'split',
        [second!]: 'agreed',
        [third!]: 'agreed',
      });
      // Split (one indicator rated from one end of the scale to the other) only where the story has it:
      // staffing in the first meeting, and safety in the quarter the home judged helped and protected
      // Inadequate. Elsewhere at most one indicator of a domain is mixed.
      const split = agreement.domains.flatMap((d) =>
        Object.entries(d.labels)
          .filter(([, label]) => label === 'split')
          .map(([quarter]) => `${d.key} ${quarter}`),
      );
      expect(split.sort()).toEqual([`safety ${second!}`, `staffing ${first!}`]);
      for (const d of agreement.domains) {
        for (const count of Object.values(d.counts)) expect(count.split + count.mixed).toBeLessThanOrEqual(2);
      }
      expect(ms).toBeLessThan(5000);
      store.close();
    },
  );

  it('links no sheet to a person: who took part is kept apart', () => {
    const { store } = sampleHome('2026-11-26T10:00:00Z');
    const columns = store.db.prepare("SELECT name FROM pragma_table_info('team_sheets')").all() as {
      name: string;
    }[];
    expect(columns.map((c) => c.name).sort()).toEqual(['from_paper', 'id', 'round_id']);
    const count = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM team_sheets')).toBe(15);
    expect(count('SELECT count(*) AS n FROM team_sheets WHERE from_paper = 1')).toBe(4);
    expect(count('SELECT count(*) AS n FROM team_round_raters')).toBe(9);
    expect(count('SELECT count(*) AS n FROM agreed_ratings')).toBe(6);
    store.close();
  });
});
