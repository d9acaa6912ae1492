import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { openConnection } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '../migrations';

import { openHarness } from '../test-support/handler-harness';
import { sampleAction as action } from '../test-support/improvement-samples';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const setUp = (startAt?: string) => openHarness(tempFolder(), startAt);

describe('Reg 45 migration', () => {
  it('moves the bare completion dates into Reg 45 records', () => {
    const file = path.join(tempFolder(), 'old.sqlite');
    const { db } = openConnection(file);
    migrate(
      db,
      migrations.slice(
        0,
        migrations.findIndex((m) => m.name === 'actions'),
      ),
    );
    db.prepare("INSERT INTO homes (name, places) VALUES ('Old', 3)").run();
    db.prepare(
      "INSERT INTO reg45_reviews (home_id, completed_on) VALUES (1, '2026-03-01'), (1, '2026-09-01')",
    ).run();
    migrate(db, migrations);
    expect(
      db.prepare('SELECT completed_on, sent_to_ofsted_on FROM reg45_records ORDER BY completed_on').all(),
    ).toEqual([
      { completed_on: '2026-03-01', sent_to_ofsted_on: null },
      { completed_on: '2026-09-01', sent_to_ofsted_on: null },
    ]);
    db.close();
  });
});

describe('actions', () => {
  it('keeps every status change with when and by whom, and dated progress notes', async () => {
    const { call, homeId } = setUp();
    const created = await call('actions.create', { ...action(homeId), byName: 'Jo' });
    expect(created).toMatchObject({
      status: 'open',
      linkLabel: expect.stringMatching(/^1\.1 /),
      domainKey: 'leadership',
    });
    await call('actions.setStatus', { id: created.id, status: 'in_progress', byName: 'Sam' });
    await call('actions.addNote', { id: created.id, notedOn: '2026-11-19', text: 'Two done', byName: 'Sam' });
    const done = await call('actions.setStatus', {
      id: created.id,
      status: 'done',
      completedOn: '2026-11-20',
      evidence: 'Rota shows a manager shift every Thursday evening',
      byName: 'Jo',
    });
    expect(done.events.map((e) => [e.status, e.byName])).toEqual([
      ['open', 'Jo'],
      ['in_progress', 'Sam'],
      ['done', 'Jo'],
    ]);
    expect(done.events.every((e) => /^\d{4}-\d\d-\d\dT/.test(e.at))).toBe(true);
    expect(done.notes).toEqual([{ notedOn: '2026-11-19', byName: 'Sam', text: 'Two done' }]);
    expect(done).toMatchObject({ completedOn: '2026-11-20', overdue: false });
  });

  it('refuses "done" without a completion date, and "dropped" without a reason, changing nothing', async () => {
    const { call, attempt, homeId } = setUp();
    const { id } = await call('actions.create', action(homeId));
    const noDate = await attempt('actions.setStatus', { id, status: 'done', evidence: 'x', byName: 'Jo' });
    expect(noDate).toMatchObject({
      ok: false,
      error: { fields: { completedOn: 'Enter the date the action was done' } },
    });
    const noReason = await attempt('actions.setStatus', { id, status: 'dropped', byName: 'Jo' });
    expect(noReason).toMatchObject({
      ok: false,
      error: { fields: { reason: 'Enter why the action was dropped' } },
    });
    expect((await call('actions.list', { homeId }))[0]).toMatchObject({ status: 'open' });
  });

  it('allows a due date in the past but refuses one before 2000', async () => {
    const { call, attempt, homeId } = setUp();
    expect(await call('actions.create', action(homeId, { dueOn: '2026-01-05' }))).toMatchObject({
      overdue: true,
    });
    const old = await attempt('actions.create', action(homeId, { dueOn: '1999-12-31' }));
    expect(old).toMatchObject({
      ok: false,
      error: { fields: { dueOn: 'Enter a date on or after 1 January 2000' } },
    });
  });

  it('stores 10,000 characters, emoji and HTML-looking text exactly', async () => {
    const { call, homeId } = setUp();
    const title = `<b>bold</b><script>alert(1)</script> 👩🏽‍🏫 ${'x'.repeat(10_000)}`;
    const { id } = await call('actions.create', action(homeId, { title, owner: 'Zoë 🌟 <i>' }));
    const note = await call('actions.addNote', { id, notedOn: '2026-11-20', text: title, byName: '👍' });
    expect([note.title, note.owner, note.notes[0]?.text]).toEqual([title, 'Zoë 🌟 <i>', title]);
  });

  it('becomes overdue the day after it is due and raises a dashboard alert', async () => {
    const { call, homeId, setClock } = setUp('2026-12-01T12:00:00Z');
    await call('actions.create', action(homeId));
    const alertKinds = async () => (await call('dashboard.get', { homeId })).alerts.map((a) => a.kind);
    expect(await alertKinds()).not.toContain('actions-overdue');
    // 00:30 BST-style edge does not apply in December; 00:30 GMT on 2 December is the next day.
    setClock('2026-12-02T00:30:00Z');
    expect(await alertKinds()).toContain('actions-overdue');
    expect((await call('actions.list', { homeId }))[0]?.overdue).toBe(true);
  });
});

describe('Reg 44 visits, Reg 45 records and Ofsted inspections', () => {
  it('turns a Reg 44 recommendation into an action and counts answers within the timescale', async () => {
    const { call, homeId } = setUp();
    const { savedId: visitId } = await call('reg44.saveVisit', {
      homeId,
      visitedOn: '2026-11-05',
      visitor: 'A. Patel',
      reportReceivedOn: '2026-11-12',
    });
    await call('reg44.saveRecommendation', {
      visitId,
      text: 'Update the missing-from-care protocol',
      respondBy: '2026-11-30',
      response: 'Agreed',
      respondedOn: '2026-11-15',
    });
    const overview = await call('reg44.overview', { homeId });
    const rec = overview.visits[0]!.recommendations[0]!;
    await call(
      'actions.create',
      action(homeId, { title: rec.text, source: 'reg44', origin: { kind: 'reg44', id: rec.id } }),
    );
    const after = await call('reg44.overview', { homeId });
    expect(after.visits[0]!.recommendations[0]!.actionId).not.toBeNull();
    expect(after.quarters).toEqual([
      { quarter: '2026-Q4', visits: 1, recommendations: 1, due: 1, answeredInTime: 1, notYetDue: 0 },
    ]);
  });

  it('flags a month with no Reg 44 visit once the 10-day grace has passed', async () => {
    const { call, homeId, setClock, store } = setUp('2026-10-20T10:00:00Z');
    store.db.prepare("UPDATE homes SET created_at = '2026-09-01T00:00:00Z' WHERE id = ?").run(homeId);
    await call('reg44.saveVisit', { homeId, visitedOn: '2026-09-10', visitor: 'A', reportReceivedOn: null });
    setClock('2026-11-10T12:00:00Z');
    expect((await call('reg44.overview', { homeId })).missingMonths).toEqual([]);
    setClock('2026-11-11T12:00:00Z');
    expect((await call('reg44.overview', { homeId })).missingMonths).toEqual(['2026-10']);
    const alerts = (await call('dashboard.get', { homeId })).alerts;
    expect(alerts.find((a) => a.kind === 'reg44-missing')?.title).toBe(
      'No Reg 44 visit recorded for October 2026',
    );
  });

  it('records a February to July Reg 45 period, and refuses one that overlaps it, naming it', async () => {
    const { call, homeId } = setUp('2026-11-01T10:00:00Z');
    const record = {
      homeId,
      sentToOfstedOn: null,
      placingAuthorities: 'unknown' as const,
      placingAuthoritiesSentOn: null,
    };
    await call('reg45.save', {
      ...record,
      periodStart: '2026-02-01',
      periodEnd: '2026-07-31',
      completedOn: '2026-08-10',
    });
    const refused = await call('reg45.save', {
      ...record,
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-10-10',
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({
      fields: {
        periodStart:
          'This period overlaps the Reg 45 period already recorded for 1 February 2026 to 31 July 2026: start this one on 1 August 2026, the day after it ends.',
      },
    });
    expect((await call('reg45.records', { homeId })).map((r) => r.periodStart)).toEqual(['2026-02-01']);
  });

  it('reminds about the Reg 45 report to Ofsted from day 21 and calls it late after day 28', async () => {
    const { call, homeId, setClock } = setUp('2026-11-01T10:00:00Z');
    const save = {
      homeId,
      periodStart: null,
      periodEnd: null,
      completedOn: '2026-11-01',
      sentToOfstedOn: null,
    };
    await call('reg45.save', { ...save, placingAuthorities: 'unknown', placingAuthoritiesSentOn: null });
    setClock('2026-11-22T10:00:00Z');
    expect((await call('reg45.records', { homeId }))[0]?.ofstedState).toBe('due-soon');
    setClock('2026-11-30T10:00:00Z');
    expect((await call('dashboard.get', { homeId })).alerts.map((a) => a.kind)).toContain(
      'reg45-ofsted-late',
    );
  });

  it('makes a requirement an action with its compliance date, and calibrates against the last review', async () => {
    const { call, homeId, store } = setUp();
    store.db
      .prepare(
        `INSERT INTO reviews (home_id, quarter, framework_version, status, overall, signed_on, completed_at)
         VALUES (?, '2026-Q2', 1, 'completed', 4, '2026-07-10', '2026-07-10T10:00:00Z')`,
      )
      .run(homeId);
    const { savedId } = await call('ofsted.saveInspection', {
      homeId,
      inspectedOn: '2026-10-02',
      kind: 'full',
      experiencesAndProgress: 3,
      helpedAndProtected: 3,
      leadersAndManagers: 2,
      interimOutcome: null,
      reportUrl: 'https://reports.ofsted.gov.uk/provider/2/SC123456',
    });
    const withItem = await call('ofsted.saveItem', {
      inspectionId: savedId,
      kind: 'requirement',
      regulation: 'Reg 12',
      text: 'Risk assessments must be reviewed after each missing episode',
      complyBy: '2026-12-01',
    });
    const inspection = withItem.inspections[0]!;
    expect(inspection.calibration).toEqual({
      reviewQuarter: '2026-Q2',
      rows: [
        { key: 'experiencesAndProgress', ofsted: 3, home: 4, direction: 'higher' },
        { key: 'helpedAndProtected', ofsted: 3, home: null, direction: null },
        { key: 'leadersAndManagers', ofsted: 2, home: null, direction: null },
      ],
    });
    expect(withItem.calibration).toEqual({ compared: 1, agreed: 0, higher: 1, lower: 0 });
    const item = inspection.items[0]!;
    const made = await call(
      'actions.create',
      action(homeId, {
        title: item.text,
        dueOn: item.complyBy!,
        source: 'ofsted_requirement',
        origin: { kind: 'ofsted', id: item.id },
      }),
    );
    expect(made).toMatchObject({
      dueOn: '2026-12-01',
      source: 'ofsted_requirement',
      origin: { kind: 'ofsted' },
    });
  });

  it('calibrates all three judgements against a version 2 review', async () => {
    const { call, homeId, store } = setUp();
    const { lastInsertRowid } = store.db
      .prepare(
        `INSERT INTO reviews (home_id, quarter, framework_version, status, overall, signed_on, completed_at)
         VALUES (?, '2026-Q2', 2, 'completed', 3, '2026-07-10', '2026-07-10T10:00:00Z')`,
      )
      .run(homeId);
    const judge = store.db.prepare(
      'INSERT INTO review_judgements (review_id, area, judgement, suggested) VALUES (?, ?, ?, ?)',
    );
    judge.run(lastInsertRowid, 'experiences', 2, 2);
    judge.run(lastInsertRowid, 'protection', 3, 3);
    judge.run(lastInsertRowid, 'leadership', 1, 2);
    await call('ofsted.saveInspection', {
      homeId,
      inspectedOn: '2026-10-02',
      kind: 'full',
      experiencesAndProgress: 2,
      helpedAndProtected: 2,
      leadersAndManagers: 2,
      interimOutcome: null,
      reportUrl: '',
    });
    const { inspections, calibration } = await call('ofsted.overview', { homeId });
    expect(inspections[0]!.calibration!.rows).toEqual([
      { key: 'experiencesAndProgress', ofsted: 2, home: 2, direction: 'agreed' },
      { key: 'helpedAndProtected', ofsted: 2, home: 3, direction: 'higher' },
      { key: 'leadersAndManagers', ofsted: 2, home: 1, direction: 'lower' },
    ]);
    expect(calibration).toEqual({ compared: 3, agreed: 1, higher: 1, lower: 1 });
  });

  it('refuses a report link that is not https', async () => {
    const { attempt, homeId } = setUp();
    const result = await attempt('ofsted.saveInspection', {
      homeId,
      inspectedOn: '2026-10-02',
      kind: 'other',
      experiencesAndProgress: null,
      helpedAndProtected: null,
      leadersAndManagers: null,
      interimOutcome: null,
      reportUrl: 'javascript:alert(1)',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { reportUrl: expect.stringMatching(/https/) } },
    });
  });
});

describe('dates that must not slip', () => {
  it('puts each built-in duty and a named person’s Level 3 deadline on the calendar', async () => {
    // Added in June, so by November its first quarter in Hallmarks is over and a missed deadline is late.
    const { call, homeId, setClock } = setUp('2026-06-01T10:00:00Z');
    setClock('2026-11-20T10:00:00Z');
    await call('duties.save', {
      homeId,
      builtinKey: 'location-assessment',
      title: '',
      everyMonths: null,
      lastDoneOn: '2025-12-10',
      dueOn: null,
    });
    await call('duties.save', {
      homeId,
      title: 'Fire drill review',
      everyMonths: 6,
      lastDoneOn: '2026-03-01',
      dueOn: null,
    });
    const [chris] = await call('staff.save', {
      homeId,
      name: 'Chris',
      role: '',
      startedOn: null,
      status: 'active',
      leftOn: null,
    });
    const overview = await call('qualifications.save', {
      homeId,
      staffId: chris!.id,
      level: 3,
      startedOn: '2024-11-01',
      achievedOn: null,
    });
    const byTitle = Object.fromEntries(overview.duties.map((d) => [d.title, [d.nextDueOn, d.state]]));
    expect(byTitle['Review the location risk assessment']).toEqual(['2026-12-10', 'due-soon']);
    expect(byTitle['Fire drill review']).toEqual(['2026-09-01', 'late']);
    expect(byTitle['Review the statement of purpose']).toEqual([null, 'not-recorded']);
    expect(overview.qualifications[0]).toMatchObject({ deadline: '2026-11-01', state: 'late' });
  });
});

describe('an action made in a review or its team meeting', () => {
  it('is tied to that review, and never to another home’s', async () => {
    const { call, homeId, store } = setUp();
    const review = await call('reviews.start', { homeId, quarter: '2026-Q3' });
    const made = await call(
      'actions.create',
      action(homeId, { source: 'team_meeting', origin: { kind: 'review', id: review.id } }),
    );
    expect(made).toMatchObject({ source: 'team_meeting', origin: { kind: 'review', id: review.id } });
    const other = store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    await expect(
      call('actions.create', action(other.id, { origin: { kind: 'review', id: review.id } })),
    ).rejects.toThrow('That review no longer exists.');
    store.close();
  });
});
