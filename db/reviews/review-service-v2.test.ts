import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import type { Grade } from '../../contract/framework';
import { frameworkByVersion } from '../framework';
import { hallmarksV1 } from '../framework/hallmarks-v1';
import { hallmarksV2 } from '../framework/hallmarks-v2';
import { openStore } from '../store';
import { serviceRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';
import { createReviewService } from './review-service';
import { sccifJudgementsForReview } from './sccif-judgements';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');

function setup() {
  const store = openStore({
    file: path.join(tempFolder(), 'hallmarks.sqlite'),
    appVersion: 'test',
    now: () => NOW,
  });
  const home = store.handlers['homes.create']({
    name: 'Oak House',
    urn: null,
    registeredManager: null,
    places: 3,
  });
  // Reviews started while version 2 was current (version 3 keeps its judgements and suggestions).
  const service = createReviewService(store.db, {
    now: () => NOW,
    frameworks: { current: hallmarksV2, byVersion: frameworkByVersion },
  });
  return { store, home, service };
}

/** Every indicator rated and every domain judged `grade`, with the summary written. */
function readyForJudgements(
  service: ReturnType<typeof setup>['service'],
  reviewId: number,
  grade: Grade = 3,
) {
  for (const i of service.get(reviewId).indicators) {
    service.saveIndicator({
      reviewId,
      indicatorKey: i.key,
      rating: grade,
      note: 'n',
      sources: [],
      otherSource: '',
      discuss: false,
    });
  }
  for (const d of service.get(reviewId).domains) {
    service.saveDomain({ reviewId, domainKey: d.key, judgement: grade, rationale: '' });
  }
  service.saveSummary({ reviewId, strengths: 'Good team.', improvements: 'Education.', overall: null });
}

const judge = (
  service: ReturnType<typeof setup>['service'],
  reviewId: number,
  area: 'experiences' | 'protection' | 'leadership',
  judgement: Grade | null,
  reason = '',
) => service.saveJudgement({ reviewId, area, judgement, reason });

const sign = { signedByName: 'Sam Patel', signedByRole: 'Registered manager', signedOn: '2026-10-05' };

describe('reviews against framework version 2: the three SCCIF judgements', () => {
  it('starts with version 2 content and the three judgements undecided', () => {
    const { service, home } = setup();
    const review = service.start(home.id, '2026-Q3');
    expect(review.frameworkVersion).toBe(2);
    expect(review.indicators.map((i) => i.key)).toEqual(
      hallmarksV2.domains.flatMap((d) => d.indicators.map((i) => i.key)),
    );
    expect(review.sccif).toEqual(
      ['experiences', 'protection', 'leadership'].map((area) => ({
        area,
        judgement: null,
        suggested: null,
        reason: '',
        previous: null,
      })),
    );
    service.saveIndicator({
      reviewId: review.id,
      indicatorKey: 'work.recruit',
      rating: 3,
      note: '',
      sources: ['staff-files', 'direct-observation'],
      otherSource: '',
      discuss: false,
    });
    expect(service.get(review.id).indicators.find((i) => i.key === 'work.recruit')!.sources).toEqual([
      'staff-files',
      'direct-observation',
    ]);
  });

  it('confirms the suggestion without a reason, and asks for one when the manager changes it', () => {
    const { service, home } = setup();
    const { id } = service.start(home.id, '2026-Q3');
    readyForJudgements(service, id);
    judge(service, id, 'leadership', 3);
    expect(() => judge(service, id, 'protection', 2)).toThrow(/Say why you changed the suggested judgement/);
    judge(service, id, 'protection', 2, 'Two night staff are not yet trained in the new missing protocol.');
    const saved = service.get(id).sccif!;
    expect(saved.find((j) => j.area === 'protection')).toMatchObject({
      judgement: 2,
      suggested: 3,
      reason: 'Two night staff are not yet trained in the new missing protocol.',
    });
    expect(saved.find((j) => j.area === 'leadership')).toMatchObject({
      judgement: 3,
      suggested: 3,
      reason: '',
    });
  });

  it('helped and protected Inadequate makes the overall Inadequate, and a better overall is refused', async () => {
    const { store, service, home } = setup();
    const { id } = service.start(home.id, '2026-Q3');
    readyForJudgements(service, id);
    judge(service, id, 'experiences', 3);
    expect(service.get(id).overall).toBe(3);
    judge(service, id, 'protection', 1, 'A child missing from care was not safeguarded.');
    const after = service.get(id);
    expect(after.sccif!.find((j) => j.area === 'experiences')!.judgement).toBe(1);
    expect(after.overall).toBe(1);
    const refused = await dispatch(store.handlers, 'reviews.saveJudgement', {
      reviewId: id,
      area: 'experiences',
      judgement: 2,
      reason: 'I disagree',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { judgement: expect.stringMatching(/^Choose Inadequate: .*limiting judgement/) },
      },
    });
    expect(service.get(id).overall).toBe(1);
  });

  it('leaders and managers Inadequate caps the overall at requires improvement', () => {
    const { service, home } = setup();
    const { id } = service.start(home.id, '2026-Q3');
    readyForJudgements(service, id);
    judge(service, id, 'experiences', 3);
    judge(service, id, 'leadership', 1, 'Nobody is leading the home.');
    expect(service.get(id).overall).toBe(2);
    expect(() => judge(service, id, 'experiences', 3)).toThrow(
      /no better than requires improvement.*Inadequate is likely/,
    );
    judge(service, id, 'experiences', 1, 'Inadequate, as the rule says is likely.');
    expect(service.get(id).overall).toBe(1);
  });

  it('lists the judgements still needed before sign-off, then completes', () => {
    const { service, home } = setup();
    const { id } = service.start(home.id, '2026-Q3');
    readyForJudgements(service, id);
    let problems: unknown[] = [];
    try {
      service.complete({ reviewId: id, ...sign });
    } catch (e) {
      problems = (e as { problems: unknown[] }).problems;
    }
    expect(problems).toEqual([
      {
        message: 'Summary: the judgement on overall experiences and progress of children and young people.',
        field: 'sccif.experiences',
      },
      {
        message: 'Summary: the judgement on how well children and young people are helped and protected.',
        field: 'sccif.protection',
      },
      {
        message: 'Summary: the judgement on the effectiveness of leaders and managers.',
        field: 'sccif.leadership',
      },
    ]);
    judge(service, id, 'protection', 3);
    judge(service, id, 'leadership', 3);
    judge(service, id, 'experiences', 3);
    const done = service.complete({ reviewId: id, ...sign });
    expect(done.status).toBe('completed');
    expect(() => judge(service, id, 'experiences', 2, 'x')).toThrow(/completed/);
  });

  it('asks how children are safe now, and why leaders and managers stay Good, before sign-off', () => {
    const { service, home } = setup();
    const { id } = service.start(home.id, '2026-Q3');
    readyForJudgements(service, id);
    service.saveIndicator({
      reviewId: id,
      indicatorKey: 'safe.missing-from-care',
      rating: 1,
      note: 'A return-home interview was not offered in time.',
      sources: [],
      otherSource: '',
      discuss: false,
    });
    service.saveDomain({ reviewId: id, domainKey: 'safety', judgement: 2, rationale: '' });
    // Requires improvement is the suggestion; Inadequate is likely and needs no defence.
    judge(service, id, 'protection', 2);
    judge(service, id, 'leadership', 3);
    judge(service, id, 'experiences', 3);
    const problems = () => {
      try {
        service.complete({ reviewId: id, ...sign });
      } catch (e) {
        return (e as { problems: unknown[] }).problems;
      }
      return [];
    };
    expect(problems()).toEqual([
      {
        message:
          'Summary: how children are safe now, with how well children and young people are helped and protected above Inadequate while a safeguarding indicator is Inadequate.',
        field: 'sccif.protection.reason',
      },
      {
        message:
          'Summary: why the effectiveness of leaders and managers is still Good when how well children and young people are helped and protected is Requires improvement to be good.',
        field: 'sccif.leadership.reason',
      },
    ]);
    judge(service, id, 'protection', 1);
    expect(service.get(id).overall).toBe(1);
    judge(
      service,
      id,
      'leadership',
      3,
      'The deputy found the gap in the missing log and it was fixed in a week.',
    );
    expect(problems()).toEqual([]);
  });

  it('keeps the summary from changing the overall, which is the experiences judgement', () => {
    const { service, home } = setup();
    const { id } = service.start(home.id, '2026-Q3');
    readyForJudgements(service, id);
    judge(service, id, 'experiences', 3);
    service.saveSummary({ reviewId: id, strengths: 'a', improvements: 'b', overall: 1 });
    expect(service.get(id).overall).toBe(3);
  });

  it("shows last quarter's three judgements beside this quarter's", () => {
    const { service, home } = setup();
    const first = service.start(home.id, '2026-Q2').id;
    readyForJudgements(service, first);
    for (const area of ['protection', 'leadership', 'experiences'] as const) judge(service, first, area, 3);
    service.complete({ reviewId: first, ...sign });
    const second = service.start(home.id, '2026-Q3');
    expect(second.sccif!.map((j) => j.previous)).toEqual([3, 3, 3]);
  });
});

describe('sccifJudgementsForReview', () => {
  it('returns the three judgements of a version 2 review, null while undecided', () => {
    const { store, service, home } = setup();
    const { id } = service.start(home.id, '2026-Q3');
    expect(sccifJudgementsForReview(store.db, id)).toEqual({
      experiencesAndProgress: null,
      helpedAndProtected: null,
      leadersAndManagers: null,
    });
    readyForJudgements(service, id);
    judge(service, id, 'protection', 2, 'Not yet good.');
    judge(service, id, 'leadership', 3);
    judge(service, id, 'experiences', 3);
    expect(sccifJudgementsForReview(store.db, id)).toEqual({
      experiencesAndProgress: 3,
      helpedAndProtected: 2,
      leadersAndManagers: 3,
    });
  });

  it('returns null for a version 1 review, which never recorded them, and refuses an unknown review', () => {
    const { store, home } = setup();
    const v1 = createReviewService(store.db, {
      now: () => NOW,
      frameworks: { current: hallmarksV1, byVersion: frameworkByVersion },
    });
    const old = v1.start(home.id, '2026-Q2');
    expect(old.sccif).toBeNull();
    expect(sccifJudgementsForReview(store.db, old.id)).toBeNull();
    expect(
      serviceRefusal(() =>
        v1.saveJudgement({ reviewId: old.id, area: 'experiences', judgement: 3, reason: '' }),
      ),
    ).toMatchObject({ code: 'conflict', message: expect.stringMatching(/version 1 of the framework/) });
    expect(serviceRefusal(() => sccifJudgementsForReview(store.db, 9999))).toMatchObject({
      code: 'not_found',
      message: 'That review could not be found.',
    });
  });
});
