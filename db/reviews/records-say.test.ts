import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { readyReview, signOff } from '../test-support/ready-review';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/** A home with a Jul to Sep 2026 review, every indicator Good and every judgement written. */
async function ready() {
  const h = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
  return { ...h, reviewId: await readyReview(h, '2026-Q3') };
}

describe('"Your records say…" from the stored records', () => {
  it('gathers Reg 44, Reg 45, figures and overdue actions as of today, for the review’s own indicators', async () => {
    const { call, homeId, reviewId } = await ready();
    const { savedId: visitId } = await call('reg44.saveVisit', {
      homeId,
      visitedOn: '2026-08-04',
      visitor: 'A Visitor',
      reportReceivedOn: '2026-08-10',
    });
    await call('reg44.saveRecommendation', {
      visitId,
      text: 'Review the missing-from-care protocol with every shift.',
      respondBy: '2026-09-01',
      response: '',
      respondedOn: null,
    });
    await call('reg45.save', {
      homeId,
      completedOn: '2026-09-01',
      periodStart: null,
      periodEnd: null,
      sentToOfstedOn: '2026-10-09',
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    await call('actions.create', {
      homeId,
      title: 'Book supervision for night staff',
      link: { kind: 'indicator', key: 'work.supervision' },
      owner: 'Deputy',
      dueOn: '2026-10-31',
      source: 'review',
      byName: 'Sam',
    });
    const { facts } = await call('reviews.records', { reviewId });
    expect(facts.map((f) => [f.indicatorKey, f.ceiling, f.link])).toEqual([
      ['safe.reg44', 2, '#/inspections'],
      ['safe.reg45', 2, '#/inspections/reg45'],
      ['work.supervision', 3, '#/actions'],
    ]);
    expect(facts[0]!.text).toMatch(/1 recommendation is not yet answered, 1 past the timescale/);
  });

  it('refuses sign-off while a rating is above what the records suggest, until one sentence is written', async () => {
    const { call, attempt, homeId, reviewId } = await ready();
    const { savedId: visitId } = await call('reg44.saveVisit', {
      homeId,
      visitedOn: '2026-08-04',
      visitor: 'A Visitor',
      reportReceivedOn: null,
    });
    await call('reg44.saveRecommendation', {
      visitId,
      text: 'Answer the complaint from S.',
      respondBy: '2026-09-01',
      response: '',
      respondedOn: null,
    });
    const refused = await attempt('reviews.complete', { reviewId, ...signOff });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.problems).toEqual([
      expect.objectContaining({
        domainKey: 'safety',
        indicatorKey: 'safe.reg44',
        field: 'indicator.safe.reg44.recordsReason',
        message: expect.stringMatching(
          /is Good when your records suggest Requires improvement to be good\.$/,
        ),
      }),
    ]);
    await call('reviews.saveIndicator', {
      reviewId,
      indicatorKey: 'safe.reg44',
      rating: 3,
      note: 'n',
      sources: [],
      otherSource: '',
      discuss: false,
      recordsReason: 'The visitor agreed in writing to move the timescale to 30 November.',
    });
    // Saving without the field keeps the sentence already written.
    await call('reviews.saveIndicator', {
      reviewId,
      indicatorKey: 'safe.reg44',
      rating: 3,
      note: 'n, again',
      sources: [],
      otherSource: '',
      discuss: false,
    });
    const review = await call('reviews.get', { id: reviewId });
    expect(review.indicators.find((i) => i.key === 'safe.reg44')!.recordsReason).toMatch(/30 November/);
    const done = await call('reviews.complete', { reviewId, ...signOff });
    expect(done.status).toBe('completed');
  });

  it('says which review could not be found, rather than showing records for none', async () => {
    const { attempt } = openHarness(tempFolder());
    const refused = await attempt('reviews.records', { reviewId: 999 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That review could not be found.' },
    });
  });

  it('gives staff turnover over the four quarters ending with the review’s, and that quarter’s figures', async () => {
    const { call, homeId, reviewId } = await ready();
    const save = (quarter: string, left: number) =>
      call('metrics.save', {
        homeId,
        quarter,
        values: { staffAtStart: 10, staffAtEnd: 10, staffLeft: left, shiftsTotal: 100, shiftsAgency: 5 },
        saveAnyway: true,
      });
    // The quarter after the review's is not in its year, and the one before the year is not either.
    for (const [quarter, left] of [
      ['2025-Q3', 9],
      ['2025-Q4', 1],
      ['2026-Q1', 1],
      ['2026-Q2', 1],
      ['2026-Q3', 2],
      ['2026-Q4', 9],
    ] as const)
      await save(quarter, left);
    const { facts } = await call('reviews.records', { reviewId });
    expect(facts.filter((f) => f.link === '#/figures').map((f) => [f.indicatorKey, f.text])).toEqual([
      ['staff.turnover', 'Figures for Jul to Sep 2026: staff turnover 50% over the last 12 months.'],
      ['staff.own-cover', 'Figures for Jul to Sep 2026: agency staff worked 5% of shifts.'],
    ]);
  });

  it('shows no 12-month turnover when one of the four quarters has no figures', async () => {
    const { call, homeId, reviewId } = await ready();
    for (const quarter of ['2025-Q4', '2026-Q2', '2026-Q3'])
      await call('metrics.save', {
        homeId,
        quarter,
        values: { staffAtStart: 10, staffAtEnd: 10, staffLeft: 1 },
        saveAnyway: true,
      });
    const { facts } = await call('reviews.records', { reviewId });
    expect(facts.filter((f) => f.link === '#/figures')).toEqual([]);
  });

  it('puts an Ofsted requirement past its date on the indicators of its regulation and of its open actions', async () => {
    const { call, homeId, reviewId } = await ready();
    const { savedId: inspectionId } = await call('ofsted.saveInspection', {
      homeId,
      inspectedOn: '2026-06-01',
      kind: 'full',
      experiencesAndProgress: 3,
      helpedAndProtected: 3,
      leadersAndManagers: 2,
      interimOutcome: null,
      reportUrl: '',
    });
    const requirement = async (regulation: string, text: string, complyBy: string) => {
      const { inspections } = await call('ofsted.saveItem', {
        inspectionId,
        kind: 'requirement',
        regulation,
        text,
        complyBy,
      });
      return inspections[0]!.items.find((i) => i.text === text)!.id;
    };
    const actionFor = (id: number, key: string) =>
      call('actions.create', {
        homeId,
        title: 'Put it right',
        link: { kind: 'indicator', key },
        owner: 'Deputy',
        dueOn: '2026-12-31',
        source: 'ofsted_requirement',
        origin: { kind: 'ofsted', id },
        byName: 'Sam',
      });
    // Regulation 33 is the supervision indicator's: a requirement under it bears on that indicator as well
    // as on the ones its actions serve, and one whose action serves that indicator is not shown twice.
    await actionFor(await requirement('Reg 33(4)', 'Supervise staff.', '2026-09-01'), 'lead.visible');
    await actionFor(await requirement('Quality standard', 'Be seen.', '2026-09-15'), 'work.supervision');
    await actionFor(await requirement('Reg 33', 'Appraise staff.', '2026-10-01'), 'work.supervision');
    await requirement('Reg 12', 'Not yet due.', '2026-12-31');
    const { facts } = await call('reviews.records', { reviewId });
    const ofsted = facts.filter((f) => f.linkText === 'Ofsted inspections');
    expect(ofsted.map((f) => [f.indicatorKey, f.ceiling])).toEqual([
      ['lead.visible', 2],
      ['work.supervision', 2],
      ['work.supervision', 2],
      ['work.supervision', 2],
    ]);
    expect(ofsted.map((f) => f.text.match(/"(.*)"/)![1])).toEqual([
      'Supervise staff.',
      'Supervise staff.',
      'Be seen.',
      'Appraise staff.',
    ]);
    expect(ofsted[0]!.text).toBe(
      'Ofsted requirement (Reg 33(4)), to be met by 1 September 2026: "Supervise staff." Its actions are not all done.',
    );
  });
});
