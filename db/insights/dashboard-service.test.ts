import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import type { Grade } from '../../contract/framework';
import { currentFramework, frameworkByVersion } from '../framework';
import { hallmarksV1 } from '../framework/hallmarks-v1';
import { createReviewService } from '../reviews/review-service';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');

function setup() {
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't', now: () => NOW });
  const reviews = createReviewService(store.db, { now: () => NOW });
  const addHome = (name: string) =>
    store.handlers['homes.create']({ name, urn: null, registeredManager: null, places: 4 });
  /** Completes a review where every domain gets `grade`, except those given in `overrides`. */
  const complete = (homeId: number, quarter: string, grade: Grade, overrides: Record<string, Grade> = {}) => {
    const review = reviews.start(homeId, quarter);
    for (const i of review.indicators) {
      const rating = overrides[i.domainKey] ?? grade;
      reviews.saveIndicator({
        reviewId: review.id,
        indicatorKey: i.key,
        rating,
        note: '',
        sources: [],
        otherSource: '',
        discuss: false,
      });
    }
    for (const d of review.domains) {
      reviews.saveDomain({
        reviewId: review.id,
        domainKey: d.key,
        judgement: overrides[d.key] ?? grade,
        rationale: '',
      });
    }
    reviews.saveSummary({ reviewId: review.id, strengths: 's', improvements: 'i', overall: grade });
    for (const area of ['protection', 'leadership', 'experiences'] as const) {
      const judgement = overrides[`sccif.${area}`] ?? grade;
      reviews.saveJudgement({ reviewId: review.id, area, judgement, reason: 'As the team agreed.' });
    }
    reviews.complete({ reviewId: review.id, signedByName: 'A', signedByRole: 'RM', signedOn: '2026-01-01' });
  };
  return { store, addHome, complete, reviews };
}

describe('dashboard data', () => {
  it('tracks the three SCCIF judgements, not recorded before version 2, and warns of Inadequate indicators', () => {
    const { store, addHome, complete } = setup();
    const home = addHome('Oak');
    const v1 = createReviewService(store.db, {
      now: () => NOW,
      frameworks: { current: hallmarksV1, byVersion: frameworkByVersion },
    });
    const old = v1.start(home.id, '2025-Q4');
    for (const i of old.indicators) {
      v1.saveIndicator({
        reviewId: old.id,
        indicatorKey: i.key,
        rating: 3,
        note: '',
        sources: [],
        otherSource: '',
        discuss: false,
      });
    }
    for (const d of old.domains)
      v1.saveDomain({ reviewId: old.id, domainKey: d.key, judgement: 3, rationale: '' });
    v1.saveSummary({ reviewId: old.id, strengths: 's', improvements: 'i', overall: 3 });
    v1.complete({ reviewId: old.id, signedByName: 'A', signedByRole: 'RM', signedOn: '2026-01-01' });
    complete(home.id, '2026-Q1', 3, { 'sccif.protection': 1, 'sccif.experiences': 1 });
    complete(home.id, '2026-Q2', 3, { safety: 1 });
    const data = store.handlers['dashboard.get']({ homeId: home.id });
    expect(data.history.map((h) => h.sccif)).toEqual([
      null,
      { experiences: 1, protection: 1, leadership: 3 },
      { experiences: 3, protection: 3, leadership: 3 },
    ]);
    expect(data.history.map((h) => h.overall)).toEqual([3, 1, 3]);
    expect(data.sccif.protection).toMatchObject({ latest: 3, previous: 1, movement: 'improved' });
    expect(data.sccif.experiences).toMatchObject({ latest: 3, previous: 1 });
    expect(data.inadequateIndicators.map((i) => i.indicatorKey)).toEqual(
      currentFramework.domains.find((d) => d.key === 'safety')!.indicators.map((i) => i.key),
    );
    expect(data.inadequateIndicators[0]).toMatchObject({ quarter: '2026-Q2', domainKey: 'safety' });
    store.close();
  });

  it('tracks movement, streaks and stability per domain across a skipped quarter', () => {
    const { store, addHome, complete } = setup();
    const home = addHome('Oak');
    complete(home.id, '2025-Q4', 3);
    complete(home.id, '2026-Q1', 3, { staffing: 2 });
    complete(home.id, '2026-Q3', 3, { staffing: 3, education: 4 });
    const data = store.handlers['dashboard.get']({ homeId: home.id });
    expect(data.history.map((h) => h.quarter)).toEqual(['2025-Q4', '2026-Q1', '2026-Q3']);
    const staffing = data.domains.find((d) => d.key === 'staffing')!;
    expect(staffing).toMatchObject({
      latest: 3,
      previous: 2,
      movement: 'improved',
      stability: { changes: 2, reviews: 3 },
    });
    expect(staffing.streaks).toEqual({ goodOrBetter: 1, outstanding: 0 });
    const leadership = data.domains.find((d) => d.key === 'leadership')!;
    expect(leadership).toMatchObject({ movement: 'sustained', streaks: { goodOrBetter: 1 } });
    expect(data.domains.find((d) => d.key === 'education')).toMatchObject({
      movement: 'improved',
      latest: 4,
    });
  });

  it('lists alerts with acknowledgements attached', async () => {
    const { store, addHome, complete } = setup();
    const home = addHome('Oak');
    complete(home.id, '2026-Q2', 3);
    complete(home.id, '2026-Q3', 3, { staffing: 2 });
    const keys = store.handlers['dashboard.get']({ homeId: home.id }).alerts.map((a) => a.key);
    expect(keys).toEqual(['below-good:staffing:2026-Q3', 'declined:staffing:2026-Q3', 'reg45-unknown']);
    await dispatch(store.handlers, 'alerts.acknowledge', {
      homeId: home.id,
      key: keys[0],
      note: 'Agency use explained 👍',
    });
    const after = store.handlers['dashboard.get']({ homeId: home.id }).alerts[0]!;
    expect(after.acknowledged).toMatchObject({ note: 'Agency use explained 👍' });
  });

  it('shows every home side by side in name order, with open alerts only', () => {
    const { store, addHome, complete } = setup();
    const willow = addHome('Willow');
    addHome('Ash');
    complete(willow.id, '2026-Q3', 4);
    const overview = store.handlers['provider.overview']({});
    expect(overview.map((h) => h.name)).toEqual(['Ash', 'Willow']);
    expect(overview[1]).toMatchObject({ latestQuarter: '2026-Q3', overall: { latest: 4, movement: null } });
    expect(overview[0]).toMatchObject({ latestQuarter: null, overall: { latest: null } });
    expect(overview[0]!.openAlerts.map((a) => a.kind)).toContain('reg45-unknown');
  });
});

describe('dashboard data: what each part shows', () => {
  it('names each Inadequate indicator as the review worded it, the home’s own included', () => {
    const { store, addHome, complete, reviews } = setup();
    const home = addHome('Oak');
    expect(store.handlers['dashboard.get']({ homeId: home.id }).inadequateIndicators).toEqual([]);
    reviews.addCustomIndicator(home.id, 'education', 'Children read with staff every week');
    complete(home.id, '2026-Q3', 3, { education: 1 });
    const found = store.handlers['dashboard.get']({ homeId: home.id }).inadequateIndicators;
    const education = currentFramework.domains.find((d) => d.key === 'education')!;
    expect(found.map((i) => [i.domainTitle, i.statement])).toEqual([
      ...education.indicators.map((i) => [education.title, i.statement]),
      [education.title, 'Children read with staff every week'],
    ]);
  });

  it('tracks the overall judgement, and shows no draft once the latest review is completed', () => {
    const { store, addHome, complete, reviews } = setup();
    const home = addHome('Oak');
    complete(home.id, '2026-Q2', 2);
    complete(home.id, '2026-Q3', 3);
    const data = store.handlers['dashboard.get']({ homeId: home.id });
    expect(data.overall).toMatchObject({ latest: 3, previous: 2, movement: 'improved' });
    expect(data.draft).toBeNull();
    reviews.start(home.id, '2026-Q4');
    expect(store.handlers['dashboard.get']({ homeId: home.id }).draft).toMatchObject({
      quarter: '2026-Q4',
      status: 'draft',
    });
  });

  it('puts the most serious alerts first, whichever rule raised them', () => {
    const { store, addHome } = setup();
    const home = addHome('Oak');
    store.handlers['actions.create']({
      homeId: home.id,
      title: 'Fix the fire door',
      link: null,
      owner: 'Sam Patel',
      dueOn: '2026-11-01',
      source: 'other',
    });
    const alerts = store.handlers['dashboard.get']({ homeId: home.id }).alerts;
    expect(alerts.map((a) => [a.kind, a.severity])).toEqual([
      ['actions-overdue', 'high'],
      ['reg45-unknown', 'low'],
    ]);
  });

  it('shows the provider each domain’s latest judgement and how it moved from the review before', () => {
    const { store, addHome, complete } = setup();
    const willow = addHome('Willow');
    addHome('Ash');
    complete(willow.id, '2026-Q1', 3);
    complete(willow.id, '2026-Q2', 3, { staffing: 2 });
    complete(willow.id, '2026-Q3', 3, { staffing: 4 });
    const [ash, willowView] = store.handlers['provider.overview']({});
    expect(willowView!.domains.map((d) => d.key)).toEqual(currentFramework.domains.map((d) => d.key));
    expect(willowView!.domains.find((d) => d.key === 'staffing')).toMatchObject({
      title: currentFramework.domains.find((d) => d.key === 'staffing')!.title,
      latest: 4,
      movement: 'improved',
    });
    expect(willowView!.domains.find((d) => d.key === 'safety')).toMatchObject({
      latest: 3,
      movement: 'sustained',
    });
    expect(ash!.domains.every((d) => d.latest === null && d.movement === null)).toBe(true);
  });
});

describe('quarterly metrics through the contract', () => {
  it('saves figures and refuses impossible ones with a message per field, changing nothing', async () => {
    const { store, addHome } = setup();
    const home = addHome('Oak');
    const ok = await dispatch(store.handlers, 'metrics.save', {
      homeId: home.id,
      quarter: '2026-Q3',
      values: { staffAtStart: 10, staffAtEnd: 10, staffLeft: 1, fteFilled: 9.5 },
    });
    expect(ok).toMatchObject({
      ok: true,
      value: { quarter: '2026-Q3', values: { staffLeft: 1, fteFilled: 9.5 } },
    });
    const bad = await dispatch(store.handlers, 'metrics.save', {
      homeId: home.id,
      quarter: '2026-Q3',
      values: { staffAtStart: 10, staffLeft: 12, missingEpisodes: -2 },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: {
          staffLeft: expect.stringMatching(/Leavers/),
          missingEpisodes: expect.stringMatching(/0 or more/),
        },
      },
    });
    expect(store.handlers['metrics.get']({ homeId: home.id, quarter: '2026-Q3' })?.values.staffLeft).toBe(1);
  });

  it('records Reg 45 dates, refusing future ones', async () => {
    const { store, addHome } = setup();
    const home = addHome('Oak');
    expect(
      await dispatch(store.handlers, 'reg45.record', { homeId: home.id, completedOn: '2026-09-14' }),
    ).toEqual({ ok: true, value: ['2026-09-14'] });
    const future = await dispatch(store.handlers, 'reg45.record', {
      homeId: home.id,
      completedOn: '2027-01-01',
    });
    expect(future).toMatchObject({ ok: false, error: { fields: { completedOn: expect.any(String) } } });
  });
});

describe('app.start', () => {
  it("returns the app's state, the homes and the current home's dashboard in one call", () => {
    const { store, addHome, complete } = setup();
    expect(store.handlers['app.start']({})).toMatchObject({
      info: { currentHomeId: null },
      homes: [],
      dashboard: null,
    });
    const home = addHome('Oak');
    complete(home.id, '2026-Q3', 3);
    const start = store.handlers['app.start']({});
    expect(start.info.currentHomeId).toBe(home.id);
    expect(start.homes.map((h) => h.name)).toEqual(['Oak']);
    expect(start.dashboard).toEqual(store.handlers['dashboard.get']({ homeId: home.id }));
  });
});
