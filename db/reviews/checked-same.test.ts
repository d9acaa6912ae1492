import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { serviceRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
// 23:30 on 7 December in London is still 7 December: the home's date, not UTC's.
const NOW = new Date('2026-12-07T23:30:00Z');

const last = {
  rating: 3,
  note: 'Walk-round log: evening visits weekly.',
  sources: [],
  otherSource: '',
  discuss: false,
};

/** The answer last quarter gave the second leadership indicator, unlike every other. */
const other = { ...last, rating: 2, note: 'Supervision fell behind in August.' };

/**
 * A home with Jul to Sep 2026 completed (every indicator Good with one note, but the second leadership
 * indicator `other`), and Oct to Dec started.
 */
function setup() {
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 'test', now: () => NOW });
  const h = store.handlers;
  const home = h['homes.create']({ name: 'Oak House', urn: null, registeredManager: null, places: 3 });
  const first = h['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
  const second = first.indicators.filter((i) => i.domainKey === 'leadership')[1]!.key;
  for (const i of first.indicators)
    h['reviews.saveIndicator']({
      reviewId: first.id,
      indicatorKey: i.key,
      ...(i.key === second ? other : last),
    });
  for (const d of first.domains)
    h['reviews.saveDomain']({ reviewId: first.id, domainKey: d.key, judgement: 3, rationale: 'Steady' });
  h['reviews.saveSummary']({ reviewId: first.id, strengths: 'Team', improvements: 'School', overall: 3 });
  for (const area of ['protection', 'leadership', 'experiences'] as const)
    h['reviews.saveJudgement']({ reviewId: first.id, area, judgement: 3, reason: '' });
  h['reviews.complete']({
    reviewId: first.id,
    signedByName: 'Sam Patel',
    signedByRole: 'Registered manager',
    signedOn: '2026-10-05',
  });
  const next = h['reviews.start']({ homeId: home.id, quarter: '2026-Q4' });
  const key = next.indicators.find((i) => i.domainKey === 'leadership')!.key;
  const answerOf = () => h['reviews.get']({ id: next.id }).indicators.find((i) => i.key === key)!;
  return { store, h, reviewId: next.id, key, second, answerOf };
}

describe('"Same as last quarter, checked today"', () => {
  it('records the home’s date with last quarter’s rating and note, and keeps it while they stand', () => {
    const { h, reviewId, key, answerOf } = setup();
    const receipt = h['reviews.saveIndicator']({ reviewId, indicatorKey: key, ...last, checkedSame: true });
    expect(receipt.checkedSameOn).toBe('2026-12-07');
    expect(answerOf()).toMatchObject({ rating: 3, note: last.note, checkedSameOn: '2026-12-07' });
    // A later autosave of the same answer (sources ticked, say) keeps the confirmation.
    h['reviews.saveIndicator']({ reviewId, indicatorKey: key, ...last, sources: ['daily-records'] });
    expect(answerOf().checkedSameOn).toBe('2026-12-07');
  });

  it('is cleared by any change to the rating or note, including a rating agreed in a meeting', () => {
    const { store, h, reviewId, key, answerOf } = setup();
    h['reviews.saveIndicator']({ reviewId, indicatorKey: key, ...last, checkedSame: true });
    const edited = h['reviews.saveIndicator']({
      reviewId,
      indicatorKey: key,
      ...last,
      note: `${last.note} And more.`,
    });
    expect(edited.checkedSameOn).toBeNull();
    expect(answerOf().checkedSameOn).toBeNull();

    h['reviews.saveIndicator']({ reviewId, indicatorKey: key, ...last, checkedSame: true });
    store.db
      .prepare('UPDATE review_indicators SET rating = 2 WHERE review_id = ? AND indicator_key = ?')
      .run(reviewId, key);
    expect(answerOf()).toMatchObject({ rating: 2, checkedSameOn: null });
  });

  it('refuses to confirm a rating or note that is not last quarter’s, and saves nothing', () => {
    const { h, reviewId, key, answerOf } = setup();
    const error = serviceRefusal(() =>
      h['reviews.saveIndicator']({ reviewId, indicatorKey: key, ...last, rating: 4, checkedSame: true }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/differs from last quarter/);
    expect(error.fields).toEqual({ checkedSame: error.message });
    expect(answerOf()).toMatchObject({ rating: null, checkedSameOn: null });
  });

  it('confirms each indicator against its own answer last quarter, not another’s', () => {
    const { h, reviewId, second } = setup();
    const confirm = (answer: typeof last) => () =>
      h['reviews.saveIndicator']({ reviewId, indicatorKey: second, ...answer, checkedSame: true });
    expect(serviceRefusal(confirm(last)).message).toMatch(/differs from last quarter/);
    expect(confirm(other)().checkedSameOn).toBe('2026-12-07');
  });

  it('refuses where there is no last quarter to confirm', () => {
    const store = openStore({
      file: path.join(tempFolder(), 'n.sqlite'),
      appVersion: 'test',
      now: () => NOW,
    });
    const h = store.handlers;
    const home = h['homes.create']({ name: 'New House', urn: null, registeredManager: null, places: 2 });
    const review = h['reviews.start']({ homeId: home.id, quarter: '2026-Q4' });
    const key = review.indicators[0]!.key;
    const error = serviceRefusal(() =>
      h['reviews.saveIndicator']({ reviewId: review.id, indicatorKey: key, ...last, checkedSame: true }),
    );
    expect(error.message).toBe('There is no rating from last quarter to confirm.');
  });
});
