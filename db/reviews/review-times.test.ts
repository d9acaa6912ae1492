import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkByVersion } from '../framework';
import { hallmarksV1 } from '../framework/hallmarks-v1';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { createReviewService } from './review-service';

const tempFolder = useTempFolder();

describe('review times', () => {
  it('come from the app’s clock, like the events: a completion at 00:30 BST is stamped then', () => {
    let clock = new Date('2026-07-09T12:00:00Z');
    const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 'test' });
    const homeId = store.handlers['homes.create']({
      name: 'Oak House',
      urn: null,
      registeredManager: null,
      places: 3,
    }).id;
    const service = createReviewService(store.db, {
      now: () => clock,
      frameworks: { current: hallmarksV1, byVersion: frameworkByVersion },
    });
    const started = service.get(service.start(homeId, '2026-Q3').id);
    expect(started.updatedAt).toBe('2026-07-09T12:00:00.000Z');

    clock = new Date('2026-07-09T18:15:00Z');
    let savedAt = '';
    for (const i of started.indicators) {
      savedAt = service.saveIndicator({
        reviewId: started.id,
        indicatorKey: i.key,
        rating: 3,
        note: 'n',
        sources: [],
        otherSource: '',
        discuss: false,
      }).savedAt;
    }
    expect(savedAt).toBe('2026-07-09T18:15:00.000Z');
    for (const d of started.domains) {
      service.saveDomain({ reviewId: started.id, domainKey: d.key, judgement: 3, rationale: '' });
    }
    service.saveSummary({ reviewId: started.id, strengths: 'S', improvements: 'I', overall: 3 });
    expect(service.get(started.id).updatedAt).toBe('2026-07-09T18:15:00.000Z');

    // 00:30 on 10 July in the home (BST), still 9 July in UTC.
    clock = new Date('2026-07-09T23:30:00Z');
    const completed = service.complete({
      reviewId: started.id,
      signedByName: 'Sam Patel',
      signedByRole: 'Registered manager',
      signedOn: '2026-07-10',
    });
    expect(completed.completedAt).toBe('2026-07-09T23:30:00.000Z');
    expect(completed.updatedAt).toBe('2026-07-09T23:30:00.000Z');
    expect(completed.events.at(-1)).toMatchObject({ kind: 'completed', at: completed.completedAt });

    clock = new Date('2026-07-10T08:00:00Z');
    const reopened = service.reopen({ reviewId: started.id, byName: 'Sam Patel', reason: 'A late note.' });
    expect(reopened.completedAt).toBeNull();
    expect(reopened.updatedAt).toBe('2026-07-10T08:00:00.000Z');
    store.close();
  });
});
