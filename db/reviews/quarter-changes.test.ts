import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const NOW = new Date('2026-12-07T10:00:00Z');

describe('what changed since last quarter, from the home’s records', () => {
  it('compares the review’s quarter with the one before, per domain, with the review’s records', () => {
    const store = openStore({
      file: path.join(tempFolder(), 'h.sqlite'),
      appVersion: 'test',
      now: () => NOW,
    });
    const h = store.handlers;
    const home = h['homes.create']({ name: 'Oak House', urn: null, registeredManager: null, places: 3 });
    const figures = (quarter: string, still: number) =>
      h['metrics.save']({
        homeId: home.id,
        quarter,
        values: { staffYearAgo: 10, staffYearAgoStillHere: still },
        saveAnyway: true,
      });
    figures('2026-Q3', 9);
    figures('2026-Q4', 7);
    const review = h['reviews.start']({ homeId: home.id, quarter: '2026-Q4' });
    const { changes } = h['reviews.records']({ reviewId: review.id });
    expect(changes.map((c) => c.domainKey).sort()).toEqual(review.domains.map((d) => d.key).sort());
    const staffing = changes.find((c) => c.domainKey === 'staffing')!;
    expect(staffing.lines.map((l) => l.text)).toEqual(['Staff stability fell from 90% to 70%.']);
    expect(changes.find((c) => c.domainKey === 'education')!.none).toBe(
      "Nothing in the home's records for this domain moved since Jul to Sep 2026.",
    );
  });
});
