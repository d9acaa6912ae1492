import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveSummaryInput, STAFF_ROOM_SUMMARY_MAX } from '../../contract/review';
import { openStore } from '../store';
import { serviceRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

function setup() {
  const store = openStore({ file: path.join(tempFolder(), 'hallmarks.sqlite'), appVersion: 'test' });
  const h = store.handlers;
  const home = h['homes.create']({ name: 'Oak House', urn: null, registeredManager: null, places: 3 });
  const review = h['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
  return { h, review };
}

const answer = {
  rating: 3,
  note: 'Seen in the log',
  sources: [] as string[],
  otherSource: '',
  discuss: false,
};

function completed() {
  const { h, review } = setup();
  for (const i of review.indicators)
    h['reviews.saveIndicator']({ reviewId: review.id, indicatorKey: i.key, ...answer });
  for (const d of review.domains) {
    h['reviews.saveDomain']({ reviewId: review.id, domainKey: d.key, judgement: 3, rationale: 'Steady' });
  }
  h['reviews.saveSummary']({ reviewId: review.id, strengths: 'Team', improvements: 'School', overall: 3 });
  for (const area of ['protection', 'leadership', 'experiences'] as const)
    h['reviews.saveJudgement']({ reviewId: review.id, area, judgement: 3, reason: '' });
  const done = h['reviews.complete']({
    reviewId: review.id,
    signedByName: 'Sam Patel',
    signedByRole: 'Registered manager',
    signedOn: '2026-10-05',
  });
  return { h, review: done };
}

describe('review writes', () => {
  it('keeps the staff-room summary when a save leaves it out, and refuses one too long for the page', () => {
    const { h, review } = setup();
    const summary = { reviewId: review.id, strengths: 'Team', improvements: 'School', overall: 3 };
    h['reviews.saveSummary']({ ...summary, staffRoomSummary: 'Thank you, everyone.' });
    h['reviews.saveSummary']({ ...summary, strengths: 'Team work' });
    expect(h['reviews.get']({ id: review.id })).toMatchObject({
      strengths: 'Team work',
      staffRoomSummary: 'Thank you, everyone.',
    });
    const tooLong = saveSummaryInput.safeParse({
      ...summary,
      staffRoomSummary: 'x'.repeat(STAFF_ROOM_SUMMARY_MAX + 1),
    });
    expect(tooLong.error?.issues[0]?.message).toBe(
      'Shorten the staff-room summary to 900 characters or fewer',
    );
  });

  it('saves an indicator and the place the manager is working in one request', () => {
    const { h, review } = setup();
    const indicator = review.indicators.find((i) => i.domainKey === 'education')!;
    const receipt = h['reviews.saveIndicator']({
      reviewId: review.id,
      indicatorKey: indicator.key,
      ...answer,
    });
    const after = h['reviews.get']({ id: review.id });
    expect(after.position).toEqual({ domainKey: 'education', indicatorKey: indicator.key });
    expect(after.indicators.find((i) => i.key === indicator.key)).toMatchObject({
      rating: 3,
      note: 'Seen in the log',
    });
    expect(after.rated).toBe(1);
    expect(receipt.savedAt).toBe(after.updatedAt);
  });

  it('changes nothing on a completed review, and says why, for indicators, domains and the summary', () => {
    const { h, review } = completed();
    const before = h['reviews.get']({ id: review.id });
    const saves = [
      () =>
        h['reviews.saveIndicator']({
          reviewId: review.id,
          indicatorKey: review.indicators[0]!.key,
          ...answer,
          rating: 1,
        }),
      () =>
        h['reviews.saveDomain']({
          reviewId: review.id,
          domainKey: review.domains[0]!.key,
          judgement: 1,
          rationale: 'x',
        }),
      () => h['reviews.saveSummary']({ reviewId: review.id, strengths: '', improvements: '', overall: 1 }),
    ];
    for (const save of saves) {
      const error = serviceRefusal(save);
      expect(error.code).toBe('conflict');
      expect(error.message).toBe(
        'This review is completed, so it cannot be changed. Reopen it to make changes.',
      );
    }
    expect(h['reviews.get']({ id: review.id })).toEqual(before);
  });

  it('refuses an evidence source the app does not know, changing nothing', () => {
    const { h, review } = setup();
    const key = review.indicators[0]!.key;
    const error = serviceRefusal(() =>
      h['reviews.saveIndicator']({
        reviewId: review.id,
        indicatorKey: key,
        ...answer,
        sources: ['made-up-source'],
      }),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: '"made-up-source" is not a source of evidence the app knows.',
    });
    const after = h['reviews.get']({ id: review.id });
    expect(after.indicators[0]).toMatchObject({ rating: null, sources: [] });
    expect(after.position).toBeNull();
    expect(after.updatedAt).toBe(review.updatedAt);
  });

  it('says which part is missing: an unknown indicator or domain, or no such review', () => {
    const { h, review } = setup();
    expect(
      serviceRefusal(() =>
        h['reviews.saveIndicator']({ reviewId: review.id, indicatorKey: 'nope', ...answer }),
      ),
    ).toMatchObject({
      code: 'not_found',
      message: 'That indicator is not part of this review.',
    });
    expect(
      serviceRefusal(() =>
        h['reviews.saveDomain']({ reviewId: review.id, domainKey: 'nope', judgement: 1, rationale: '' }),
      ),
    ).toMatchObject({ code: 'not_found', message: 'That domain is not part of this review.' });
    expect(
      serviceRefusal(() =>
        h['reviews.saveSummary']({ reviewId: 9999, strengths: '', improvements: '', overall: null }),
      ),
    ).toMatchObject({ code: 'not_found', message: 'That review could not be found.' });
  });

  it('clears the sign-off when a review is reopened', () => {
    const { h, review } = completed();
    expect(review).toMatchObject({ signedByName: 'Sam Patel', signedByRole: 'Registered manager' });
    const reopened = h['reviews.reopen']({ reviewId: review.id, reason: 'A gap', byName: 'Sam Patel' });
    expect(reopened).toMatchObject({
      status: 'draft',
      signedByName: null,
      signedByRole: null,
      signedOn: null,
    });
  });

  it("adds a home's own indicator to a review already in draft", () => {
    const { h, review } = setup();
    const home = h['homes.list']({})[0]!;
    const added = h['customIndicators.add']({
      homeId: home.id,
      domainKey: 'voice',
      statement: 'Children plan the menu.',
    });
    const draft = h['reviews.get']({ id: review.id });
    expect(draft.indicators.find((i) => i.key === added.key)).toMatchObject({
      custom: true,
      domainKey: 'voice',
      rating: null,
    });
    expect(draft.total).toBe(review.total + 1);
  });

  it('says no review was found when an indicator or domain is saved to one that does not exist', () => {
    const { h } = setup();
    const gone = { code: 'not_found', message: 'That review could not be found.' };
    expect(
      serviceRefusal(() =>
        h['reviews.saveIndicator']({ reviewId: 9999, indicatorKey: 'lead.visible', ...answer }),
      ),
    ).toMatchObject(gone);
    expect(
      serviceRefusal(() =>
        h['reviews.saveDomain']({ reviewId: 9999, domainKey: 'leadership', judgement: 3, rationale: '' }),
      ),
    ).toMatchObject(gone);
  });

  it('quotes only the first 40 characters of an unknown evidence source', () => {
    const { h, review } = setup();
    const long = `${'a'.repeat(40)}${'b'.repeat(60)}`;
    const error = serviceRefusal(() =>
      h['reviews.saveIndicator']({
        reviewId: review.id,
        indicatorKey: review.indicators[0]!.key,
        ...answer,
        sources: [long],
      }),
    );
    expect(error.message).toBe(`"${'a'.repeat(40)}" is not a source of evidence the app knows.`);
  });

  it('gives the time a domain judgement was saved, which the review then shows as its last change', () => {
    const { h, review } = setup();
    const receipt = h['reviews.saveDomain']({
      reviewId: review.id,
      domainKey: review.domains[0]!.key,
      judgement: 2,
      rationale: 'Two gaps',
    });
    expect(receipt.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(h['reviews.get']({ id: review.id }).updatedAt).toBe(receipt.savedAt);
  });

  it("puts a home's own indicators after the framework's in their domain, in the order they were added", () => {
    const { h, review } = setup();
    const home = h['homes.list']({})[0]!;
    const add = (statement: string) =>
      h['customIndicators.add']({ homeId: home.id, domainKey: 'voice', statement }).key;
    const added = [add('Children plan the menu.'), add('Children choose the holiday.')];
    const later = h['reviews.start']({ homeId: home.id, quarter: '2026-Q2' });
    for (const { indicators } of [h['reviews.get']({ id: review.id }), later]) {
      const keys = indicators.map((i) => i.key);
      const voice = indicators.filter((i) => i.domainKey === 'voice').map((i) => i.key);
      expect(voice.slice(-2)).toEqual(added);
      expect(voice.filter((k) => k.startsWith('voice.'))).toHaveLength(voice.length - 2);
      // The domain's indicators stay together.
      expect(keys.slice(keys.indexOf(voice[0]!), keys.indexOf(voice[0]!) + voice.length)).toEqual(voice);
    }
  });
});
