import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import type { Framework } from '../../contract/framework';
import { frameworkByVersion } from '../framework';
import { hallmarksV1 } from '../framework/hallmarks-v1';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { createReviewService } from './review-service';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');

function setup() {
  const store = openStore({ file: path.join(tempFolder(), 'hallmarks.sqlite'), appVersion: 'test' });
  const home = store.handlers['homes.create']({
    name: 'Oak House',
    urn: null,
    registeredManager: null,
    places: 3,
  });
  // These tests are about reviews made with version 1; review-service-v2.test.ts covers version 2.
  const service = createReviewService(store.db, {
    now: () => NOW,
    frameworks: { current: hallmarksV1, byVersion: frameworkByVersion },
  });
  return { store, home, service };
}

function rateAll(service: ReturnType<typeof setup>['service'], reviewId: number, rating: 0 | 1 | 2 | 3 | 4) {
  for (const i of service.get(reviewId).indicators) {
    service.saveIndicator({
      reviewId,
      indicatorKey: i.key,
      rating,
      note: 'n',
      sources: [],
      otherSource: '',
      discuss: false,
    });
  }
}

function finishDraft(service: ReturnType<typeof setup>['service'], reviewId: number) {
  rateAll(service, reviewId, 3);
  for (const d of service.get(reviewId).domains) {
    service.saveDomain({ reviewId, domainKey: d.key, judgement: 3, rationale: '' });
  }
  service.saveSummary({ reviewId, strengths: 'Good team.', improvements: 'Education.', overall: 3 });
  return service.complete({
    reviewId,
    signedByName: 'Sam Patel',
    signedByRole: 'Registered manager',
    signedOn: '2026-10-05',
  });
}

describe('review service', () => {
  it('starts a review with every framework indicator and domain, unrated', () => {
    const { service, home } = setup();
    const review = service.start(home.id, '2026-Q3');
    const expected = hallmarksV1.domains.flatMap((d) => d.indicators.map((i) => i.key));
    expect(review.indicators.map((i) => i.key)).toEqual(expected);
    expect(review.domains).toHaveLength(8);
    expect(review).toMatchObject({ status: 'draft', rated: 0, total: expected.length, frameworkVersion: 1 });
    expect(review.events.map((e) => e.kind)).toEqual(['started']);
  });

  it('refuses a second review for the same quarter with a clear message', () => {
    const { service, home } = setup();
    service.start(home.id, '2026-Q3');
    expect(() => service.start(home.id, '2026-Q3')).toThrow(/already has a review for Jul to Sep 2026/);
    expect(service.list(home.id)).toHaveLength(1);
  });

  it('refuses a quarter that has not started', () => {
    const { service, home } = setup();
    expect(() => service.start(home.id, '2027-Q1')).toThrow(/has not started yet/);
  });

  it('stores 100,000-character notes, emoji and HTML-looking text exactly', () => {
    const { service, home } = setup();
    const review = service.start(home.id, '2026-Q4');
    const note = `<script>alert("x")</script> 👩🏽‍🍳 ${'é'.repeat(99_960)}`.slice(0, 100_000);
    const key = review.indicators[0]!.key;
    service.saveIndicator({
      reviewId: review.id,
      indicatorKey: key,
      rating: 2,
      note,
      sources: ['rotas'],
      otherSource: '<b>x</b>',
      discuss: true,
    });
    const saved = service.get(review.id).indicators[0]!;
    expect(saved).toMatchObject({
      rating: 2,
      note,
      sources: ['rotas'],
      otherSource: '<b>x</b>',
      discuss: true,
    });
  });

  it('rejects a note over 100,000 characters through the contract, changing nothing', async () => {
    const { store, service, home } = setup();
    const review = service.start(home.id, '2026-Q4');
    const key = review.indicators[0]!.key;
    const result = await dispatch(store.handlers, 'reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: key,
      rating: 3,
      note: 'x'.repeat(100_001),
      sources: [],
      otherSource: '',
      discuss: false,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/100,000 characters or fewer/) },
    });
    expect(service.get(review.id).indicators[0]!.rating).toBeNull();
  });

  it('refuses completion with a list of everything missing', () => {
    const { service, home } = setup();
    const review = service.start(home.id, '2026-Q3');
    service.saveIndicator({
      reviewId: review.id,
      indicatorKey: review.indicators[0]!.key,
      rating: 3,
      note: '',
      sources: [],
      otherSource: '',
      discuss: false,
    });
    let problems: unknown[] = [];
    try {
      service.complete({
        reviewId: review.id,
        signedByName: 'Sam',
        signedByRole: 'Manager',
        signedOn: '2026-10-01',
      });
    } catch (error) {
      problems = (error as { problems: unknown[] }).problems;
    }
    const second = review.indicators.find(
      (i) => i.domainKey === 'leadership' && i.key !== review.indicators[0]!.key,
    );
    expect(problems).toContainEqual({
      message:
        'Leadership, vision and visibility: 5 of 6 indicators still to rate, and the domain judgement.',
      domainKey: 'leadership',
      indicatorKey: second!.key,
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        message: 'Education and learning: 5 of 5 indicators still to rate, and the domain judgement.',
        domainKey: 'education',
      }),
    );
    expect(problems).toContainEqual({ message: 'Summary: the strengths.', field: 'strengths' });
    expect(problems).toContainEqual({ message: 'Summary: the overall judgement.', field: 'overall' });
    expect(service.get(review.id).status).toBe('draft');
  });

  it('refuses an overall judgement above what the limiting rules allow', () => {
    const { service, home } = setup();
    const review = service.start(home.id, '2026-Q3');
    rateAll(service, review.id, 3);
    for (const d of service.get(review.id).domains) {
      service.saveDomain({
        reviewId: review.id,
        domainKey: d.key,
        judgement: d.key === 'leadership' ? 1 : 3,
        rationale: '',
      });
    }
    service.saveSummary({ reviewId: review.id, strengths: 's', improvements: 'i', overall: 3 });
    expect(() =>
      service.complete({
        reviewId: review.id,
        signedByName: 'Sam',
        signedByRole: 'RM',
        signedOn: '2026-10-01',
      }),
    ).toThrow(/Finish this before signing off/);
    service.saveSummary({ reviewId: review.id, strengths: 's', improvements: 'i', overall: 2 });
    expect(
      service.complete({
        reviewId: review.id,
        signedByName: 'Sam',
        signedByRole: 'RM',
        signedOn: '2026-10-01',
      }).status,
    ).toBe('completed');
  });

  it('makes a completed review read-only, and records the reason when it is reopened', () => {
    const { service, home } = setup();
    const review = finishDraft(service, service.start(home.id, '2026-Q3').id);
    expect(review).toMatchObject({ status: 'completed', signedByName: 'Sam Patel', signedOn: '2026-10-05' });
    const key = review.indicators[0]!.key;
    expect(() =>
      service.saveIndicator({
        reviewId: review.id,
        indicatorKey: key,
        rating: 1,
        note: '',
        sources: [],
        otherSource: '',
        discuss: false,
      }),
    ).toThrow(/completed, so it cannot be changed/);
    expect(() =>
      service.saveSummary({ reviewId: review.id, strengths: '', improvements: '', overall: null }),
    ).toThrow(/Reopen it/);
    const reopened = service.reopen({
      reviewId: review.id,
      reason: 'Reg 44 visitor found a gap',
      byName: 'Sam Patel',
    });
    expect(reopened.status).toBe('draft');
    expect(reopened.events.at(-1)).toMatchObject({
      kind: 'reopened',
      reason: 'Reg 44 visitor found a gap',
      byName: 'Sam Patel',
    });
    expect(reopened.indicators[0]!.rating).toBe(3);
  });

  it("shows last quarter's rating and note beside each indicator", () => {
    const { service, home } = setup();
    finishDraft(service, service.start(home.id, '2026-Q2').id);
    const next = service.start(home.id, '2026-Q3');
    expect(next.previousQuarter).toBe('2026-Q2');
    expect(next.indicators[0]!.previous).toEqual({ quarter: '2026-Q2', rating: 3, note: 'n' });
    expect(next.domains[0]!.previousJudgement).toBe(3);
  });

  it('adds a home-specific indicator to drafts and later reviews, never to completed ones', () => {
    const { service, home } = setup();
    const earlier = finishDraft(service, service.start(home.id, '2026-Q2').id);
    const added = service.addCustomIndicator(
      home.id,
      'voice',
      'Children choose the weekend activity by vote.',
    );
    const later = service.start(home.id, '2026-Q3');
    expect(later.indicators.find((i) => i.key === added.key)).toMatchObject({
      custom: true,
      domainKey: 'voice',
    });
    expect(service.get(earlier.id).indicators.some((i) => i.key === added.key)).toBe(false);
    const voiceKeys = later.indicators.filter((i) => i.domainKey === 'voice').map((i) => i.key);
    expect(voiceKeys.at(-1)).toBe(added.key);
  });

  it('keeps the framework version a review was made with when a later version arrives', () => {
    const { store, service, home } = setup();
    const old = finishDraft(service, service.start(home.id, '2026-Q2').id);
    const v2: Framework = {
      ...hallmarksV1,
      version: 2,
      domains: hallmarksV1.domains.map((d, n) =>
        n === 0
          ? {
              ...d,
              indicators: [
                { ...d.indicators[0]!, statement: 'Reworded in version 2.' },
                { key: 'lead.new', statement: 'New in v2.', evidencePrompts: ['?'] },
              ],
            }
          : d,
      ),
    };
    const later = createReviewService(store.db, {
      now: () => NOW,
      frameworks: { current: v2, byVersion: (v) => (v === 2 ? v2 : hallmarksV1) },
    });
    const fresh = later.start(home.id, '2026-Q3');
    expect(fresh.frameworkVersion).toBe(2);
    expect(fresh.indicators.filter((i) => i.domainKey === 'leadership').map((i) => i.statement)).toEqual([
      'Reworded in version 2.',
      'New in v2.',
    ]);
    const before = later.get(old.id);
    expect(before.frameworkVersion).toBe(1);
    expect(before.indicators.filter((i) => i.domainKey === 'leadership').map((i) => i.statement)).toEqual(
      hallmarksV1.domains[0]!.indicators.map((i) => i.statement),
    );
  });

  it('remembers where the manager was', () => {
    const { service, home } = setup();
    const review = service.start(home.id, '2026-Q3');
    service.setPosition({ reviewId: review.id, domainKey: 'education', indicatorKey: 'edu.place' });
    expect(service.get(review.id).position).toEqual({
      domainKey: 'education',
      indicatorKey: 'edu.place',
    });
  });

  it('refuses a position that is not in the review, keeping the last one', () => {
    const { service, home } = setup();
    const review = service.start(home.id, '2026-Q3');
    service.setPosition({ reviewId: review.id, domainKey: 'education', indicatorKey: 'edu.place' });
    expect(() =>
      service.setPosition({ reviewId: review.id, domainKey: 'nowhere', indicatorKey: null }),
    ).toThrow(/not part of this review/);
    expect(() =>
      service.setPosition({ reviewId: review.id, domainKey: 'education', indicatorKey: 'lead.visible' }),
    ).toThrow(/not part of this review/);
    expect(() =>
      service.setPosition({ reviewId: review.id, domainKey: 'education', indicatorKey: 'edu.attendance' }),
    ).toThrow(/not part of this review/);
    expect(service.get(review.id).position).toEqual({ domainKey: 'education', indicatorKey: 'edu.place' });
  });
});
