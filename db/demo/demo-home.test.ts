import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import { checkFigures } from '../../contract/rules/metric-checks';
import { METRICS } from '../../contract/rules/metrics';
import { experiencesCap, suggestSccif } from '../../contract/rules/sccif';
import { frameworkByVersion } from '../framework';
import { hallmarksV1 } from '../framework/hallmarks-v1';
import { hallmarksV2 } from '../framework/hallmarks-v2';
import { createReviewService } from '../reviews/review-service';
import { sccifState } from '../../contract/rules/completion';
import type { Grade, Rating } from '../../contract/framework';
import { suggestDomainJudgement, suggestOverall } from '../../contract/rules/judgements';
import { operations, type Handlers, type OperationName } from '../../contract/operations';
import { addQuarters, quarterDates } from '../../contract/rules/quarters';
import type { ReviewDetail } from '../../contract/review';
import { openStore, type Store } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { createDemoHome, DEMO_HOME_NAME, demoQuarters, signOffDate } from './demo-home';
import { FALLBACK_NOTES, indicatorWording } from './demo-notes';
import { FIRST_MANAGER, SECOND_MANAGER, story } from './demo-story';

const tempFolder = useTempFolder();
const NOW = new Date('2026-11-26T10:00:00Z');
const QUARTERS = Array.from({ length: 8 }, (_, i) => addQuarters('2024-Q4', i));

const open = (): Store =>
  openStore({ file: path.join(tempFolder(), 'hallmarks.sqlite'), appVersion: '1.0.0' });

/** Handlers that parse every input through the contract's schema first, as dispatch would, and log it. */
function checkedHandlers(handlers: Handlers, calls: { name: OperationName; input: unknown }[]): Handlers {
  return Object.fromEntries(
    (Object.keys(operations) as OperationName[]).map((name) => [
      name,
      (input: unknown) => {
        const parsed: unknown = operations[name].input.parse(input);
        expect(parsed, name).toEqual(input);
        calls.push({ name, input });
        return (handlers[name] as (i: unknown) => unknown)(parsed);
      },
    ]),
  ) as Handlers;
}

function seed() {
  const store = open();
  const calls: { name: OperationName; input: unknown }[] = [];
  const service = (current: typeof hallmarksV1) =>
    createReviewService(store.db, { now: () => NOW, frameworks: { current, byVersion: frameworkByVersion } });
  const [version1, version2] = [service(hallmarksV1), service(hallmarksV2)];
  const home = store.db.transaction(() =>
    createDemoHome(checkedHandlers(store.handlers, calls), NOW, (homeId, quarter, version) =>
      (version === 1 ? version1 : version2).start(homeId, quarter),
    ),
  )();
  const reviews: ReviewDetail[] = store.handlers['reviews.list']({ homeId: home.id }).map((r) =>
    store.handlers['reviews.get']({ id: r.id }),
  );
  reviews.sort((a, b) => a.quarter.localeCompare(b.quarter));
  const framework = store.handlers['framework.get']({ version: reviews[0]!.frameworkVersion });
  return { store, home, reviews, calls, framework };
}

const judgementsOf = (reviews: ReviewDetail[], domainKey: string) =>
  reviews.map((r) => r.domains.find((d) => d.key === domainKey)!.judgement);

describe('createDemoHome', () => {
  it('creates the sample home with eight consecutive completed reviews before the current quarter', () => {
    const { store, home, reviews } = seed();
    expect(home).toMatchObject({
      name: DEMO_HOME_NAME,
      urn: null,
      registeredManager: SECOND_MANAGER,
      places: 4,
    });
    expect(reviews.map((r) => r.quarter)).toEqual(QUARTERS);
    for (const [i, review] of reviews.entries()) {
      expect(review.status).toBe('completed');
      expect(review.indicators.every((a) => a.rating !== null)).toBe(true);
      expect(review.domains.every((d) => d.judgement !== null)).toBe(true);
      expect(review.overall).not.toBeNull();
      expect(review.signedByName).toBe(i < 3 ? FIRST_MANAGER : SECOND_MANAGER);
      // Registration was pending when her first review was signed: she does not sign as registered.
      expect(review.signedByRole).toBe(i === 3 ? 'Manager (registration pending)' : 'Registered manager');
      const end = quarterDates(review.quarter).end;
      const days = (Date.parse(review.signedOn!) - Date.parse(end)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(14);
      expect(review.signedOn! <= '2026-11-26').toBe(true);
    }
    store.close();
  });

  it('tells the story: staffing dips after the manager change and recovers, education climbs', () => {
    const { store, reviews } = seed();
    const staffing = judgementsOf(reviews, 'staffing');
    expect(staffing.slice(0, 3)).toEqual([3, 3, 3]);
    expect(staffing.slice(3).some((g) => g! < 3)).toBe(true);
    expect(staffing.at(-1)).toBeGreaterThanOrEqual(3);
    const education = judgementsOf(reviews, 'education') as Grade[];
    education.slice(1).forEach((g, i) => expect(g).toBeGreaterThanOrEqual(education[i]!));
    expect(education.slice(-2)).toEqual([4, 4]);
    expect(education[0]).toBe(2);
    expect(judgementsOf(reviews, 'voice').slice(-2)).toEqual([4, 4]);
    expect(judgementsOf(reviews, 'safety')).toEqual([3, 3, 3, 3, 3, 3, 2, 3]);
    expect(reviews.map((r) => r.frameworkVersion)).toEqual([1, 1, 1, 1, 1, 2, 2, 2]);
    expect(reviews.map((r) => r.overall)).toEqual([3, 3, 3, 3, 3, 3, 1, 3]);
    store.close();
  });

  it('records the three judgements from version 2, with a quarter where helped and protected drops', () => {
    const { store, reviews } = seed();
    expect(reviews.slice(0, 5).every((r) => r.sccif === null)).toBe(true);
    const sccif = reviews.slice(5).map((r) => Object.fromEntries(r.sccif!.map((j) => [j.area, j.judgement])));
    expect(sccif).toEqual([
      { experiences: 3, protection: 3, leadership: 3 },
      { experiences: 1, protection: 1, leadership: 3 },
      { experiences: 3, protection: 2, leadership: 3 },
    ]);
    const dropped = reviews[6]!.sccif!.find((j) => j.area === 'protection')!;
    // Missing from care Inadequate and the safety domain requires improvement: safety decides the
    // suggestion (it used to be the middle of five inputs, Good).
    expect(dropped.suggested).toBe(2);
    expect(dropped.reason).toMatch(/missing from care/);
    // Leaders and managers stays Good beside it, so the manager says why.
    expect(reviews[6]!.sccif!.find((j) => j.area === 'leadership')!.reason).toMatch(/own weekly audit/);
    expect(reviews[6]!.indicators.find((i) => i.key === 'safe.missing-from-care')!.rating).toBe(1);
    store.close();
  });

  it("follows the app's suggestions and the limiting rules", () => {
    const { store, reviews, framework } = seed();
    const safeguarding = new Set(
      framework.domains.flatMap((d) => d.indicators.filter((i) => i.safeguarding).map((i) => i.key)),
    );
    expect(safeguarding.size).toBeGreaterThan(0);
    for (const review of reviews.filter((r) => r.frameworkVersion === 1)) {
      const safeguardingRatings = review.indicators
        .filter((a) => safeguarding.has(a.key))
        .map((a) => a.rating);
      expect(safeguardingRatings).not.toContain(1);
      for (const domain of review.domains) {
        const ratings = review.indicators.filter((a) => a.domainKey === domain.key).map((a) => a.rating);
        const suggested = suggestDomainJudgement(ratings).grade;
        if (suggested !== null) expect(domain.judgement, `${review.quarter} ${domain.key}`).toBe(suggested);
      }
      const overall = suggestOverall({
        domainJudgements: Object.fromEntries(review.domains.map((d) => [d.key, d.judgement])),
        leadershipDomain: 'leadership',
        safeguardingRatings,
      });
      expect(review.overall).toBe(overall.grade);
    }
    for (const review of reviews.filter((r) => r.frameworkVersion === 2)) {
      for (const domain of review.domains) {
        const ratings = review.indicators.filter((a) => a.domainKey === domain.key).map((a) => a.rating);
        const suggested = suggestDomainJudgement(ratings, { inadequateCaps: false }).grade;
        if (suggested !== null) expect(domain.judgement, `${review.quarter} ${domain.key}`).toBe(suggested);
      }
      const suggestions = suggestSccif(hallmarksV2, sccifState(review));
      for (const answer of review.sccif!) {
        if (answer.judgement !== suggestions[answer.area].grade) expect(answer.reason.trim()).not.toBe('');
      }
      const confirmed = sccifState(review).confirmed;
      expect(review.overall!).toBeLessThanOrEqual(
        experiencesCap(confirmed.protection ?? null, confirmed.leadership ?? null).cap,
      );
      expect(review.overall).toBe(confirmed.experiences);
    }
    store.close();
  });

  it('sends only inputs that pass the contract, with sensible notes and sources', () => {
    const { store, reviews, calls } = seed();
    expect(calls.filter((c) => c.name === 'reviews.complete')).toHaveLength(8);
    const ratings: Rating[] = [];
    for (const [i, review] of reviews.entries()) {
      const known = new Set(frameworkByVersion(review.frameworkVersion).evidenceSources.map((s) => s.key));
      expect(review.indicators.filter((a) => a.discuss).length).toBeLessThanOrEqual(4);
      for (const answer of review.indicators) {
        ratings.push(answer.rating!);
        if (answer.rating === 0) expect(i).toBeLessThan(3);
        const sentences = answer.note.split(/(?<=[.!?])\s+(?=[A-Z'"])/).filter(Boolean);
        expect(sentences.length, answer.note).toBeGreaterThanOrEqual(1);
        expect(sentences.length, answer.note).toBeLessThanOrEqual(3);
        expect(answer.sources.length).toBeGreaterThanOrEqual(1);
        expect(answer.sources.length).toBeLessThanOrEqual(3);
        expect(answer.sources.every((s) => known.has(s))).toBe(true);
      }
      for (const domain of review.domains) expect(domain.rationale.trim()).not.toBe('');
      expect(review.strengths.trim()).not.toBe('');
      expect(review.improvements.trim()).not.toBe('');
    }
    expect(ratings).toContain(0);
    expect(reviews.flatMap((r) => r.indicators).some((a) => a.discuss)).toBe(true);
    // Notes differ from quarter to quarter even where the rating holds.
    const lastTwo = reviews.slice(-2).map((r) => r.indicators.map((a) => a.note));
    expect(lastTwo[0]).not.toEqual(lastTwo[1]);
    store.close();
  });

  it("covers every domain and indicator of both frameworks with the story's own words", () => {
    const { store, reviews } = seed();
    for (const framework of [hallmarksV1, hallmarksV2]) {
      expect(Object.keys(story).sort()).toEqual(framework.domains.map((d) => d.key).sort());
      for (const domain of framework.domains) {
        for (const indicator of domain.indicators) {
          expect(story[domain.key]!.ratings[indicator.key], indicator.key).toBeDefined();
          expect(indicatorWording[indicator.key], indicator.key).toBeDefined();
        }
      }
    }
    const fallbacks = new Set(Object.values(FALLBACK_NOTES));
    expect(reviews.flatMap((r) => r.indicators).filter((a) => fallbacks.has(a.note))).toEqual([]);
    store.close();
  });

  it('names no one but the managers', () => {
    const { store, reviews } = seed();
    const allowed = new Set([FIRST_MANAGER, SECOND_MANAGER]);
    const texts = reviews.flatMap((r) => [
      r.strengths,
      r.improvements,
      ...r.indicators.map((a) => a.note),
      ...r.domains.map((d) => d.rationale),
    ]);
    // Known phrases that are not people: "Reg 44", "Reg 45".
    const plain = texts.map((t) => t.replace(/\bReg 4[45]\b/g, 'regulation'));
    const names = plain.flatMap((t) => t.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? []);
    expect(names.filter((n) => !allowed.has(n))).toEqual([]);
    store.close();
  });

  it('is the same every time', () => {
    const first = seed();
    const second = seed();
    const strip = (reviews: ReviewDetail[]) =>
      reviews.map((r) => ({
        quarter: r.quarter,
        overall: r.overall,
        strengths: r.strengths,
        signedOn: r.signedOn,
        indicators: r.indicators.map((a) => [a.key, a.rating, a.note, a.sources, a.discuss]),
        domains: r.domains.map((d) => [d.key, d.judgement, d.rationale]),
      }));
    expect(strip(first.reviews)).toEqual(strip(second.reviews));
    first.store.close();
    second.store.close();
  });
});

describe('dates', () => {
  it('leaves the current quarter free and never signs off after today', () => {
    const now = new Date(2026, 9, 3, 12);
    expect(demoQuarters(now).at(-1)).toBe('2026-Q3');
    expect(signOffDate('2026-Q3', 7, now)).toBe('2026-10-03');
    expect(signOffDate('2026-Q2', 6, now)).toBe('2026-07-10');
  });
});

describe('demo.create', () => {
  it('works twice on the same database through dispatch', async () => {
    const store = open();
    const first = await dispatch(store.handlers, 'demo.create', {});
    const second = await dispatch(store.handlers, 'demo.create', {});
    expect(first.ok, JSON.stringify(first)).toBe(true);
    expect(second.ok, JSON.stringify(second)).toBe(true);
    const homes = store.handlers['homes.list']({});
    expect(homes.map((h) => h.name)).toEqual([DEMO_HOME_NAME, DEMO_HOME_NAME]);
    for (const home of homes) {
      const reviews = store.handlers['reviews.list']({ homeId: home.id });
      expect(reviews).toHaveLength(8);
      expect(reviews.every((r) => r.status === 'completed')).toBe(true);
    }
    if (second.ok)
      expect(store.handlers['app.info']({}).currentHomeId).toBe((second.value as { id: number }).id);
    store.close();
  });
});

describe('sample figures', () => {
  it('fills eight quarters of figures that pass validation and show the staffing dip', () => {
    const store = open();
    const home = store.db.transaction(() => createDemoHome(store.handlers, NOW))();
    const data = store.handlers['dashboard.get']({ homeId: home.id });
    expect(data.metrics).toHaveLength(8);
    for (const { quarter, values, managerStatus } of data.metrics) {
      expect(checkFigures(values, { places: 4, quarter, managerStatus }), quarter).toEqual({
        errors: {},
        warnings: {},
      });
    }
    // A manager whose registration is pending has days without a registered manager.
    expect(data.metrics[3]!.managerStatus).toBe('pending');
    expect(data.metrics[3]!.values.daysWithoutManager).toBeGreaterThanOrEqual(90);
    const agency = METRICS.find((m) => m.key === 'agencyShare')!;
    const shares = data.metrics.map((m) => agency.compute(m.values)!);
    expect(Math.max(...shares)).toBe(shares[3]);
    expect(shares[7]!).toBeLessThan(5);
    store.close();
  });
});

describe('sample history dates', () => {
  it('dates each review as started before and completed on its sign-off date', async () => {
    const store = open();
    const result = await dispatch(store.handlers, 'demo.create', {});
    if (!result.ok) throw new Error(result.error.message);
    const [latest] = store.handlers['reviews.list']({ homeId: (result.value as { id: number }).id });
    const detail = store.handlers['reviews.get']({ id: latest!.id });
    // The team agreed two ratings at its meeting, between the start and the sign-off.
    const heldOn = store.handlers['meeting.get']({ reviewId: detail.id }).heldOn;
    expect(detail.events.map((e) => [e.kind, e.at.slice(0, 10)])).toEqual([
      ['started', expect.any(String)],
      ['agreed', heldOn],
      ['agreed', heldOn],
      ['completed', detail.signedOn],
    ]);
    const times = detail.events.map((e) => e.at);
    expect(times).toEqual([...times].sort());
    expect(times[0]! < times[1]!).toBe(true);
    expect(detail.completedAt?.slice(0, 10)).toBe(detail.signedOn);
    store.close();
  });
});
