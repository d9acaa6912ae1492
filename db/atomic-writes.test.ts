import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withClock } from '../contract/clock';
import { operationNames } from '../contract/operation-names';
import { operations, type InputOf, type OperationName, type ResultOf } from '../contract/operations';
import { createHubOutbox } from './hub-outbox/outbox';
import { openDatabase } from './open-database';
import {
  dumpTables,
  InjectedFault,
  injectFaults,
  type Counted,
  type FaultInjector,
} from './test-support/fault-injection';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();

/** 00:30 BST on 1 October 2025: long before the real time, so a timestamp from SQLite's own clock shows. */
const CLOCK = '2025-09-30T23:30:00.000Z';
const TODAY = '2025-10-01';
const QUARTER = '2025-Q3';

/** Backups replace the data file as a whole rather than run statements: db/backups.test.ts covers them. */
const NOT_HERE: readonly OperationName[] = [
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.undoRestore',
  'backups.setFolder',
  // These two talk to a hub over the network (their handlers are async): db/hub-outbox/*.test.ts and
  // hub/src/app-to-hub.test.ts cover them. The outbox writes they lead to are tried here (see below).
  'hub.connect',
  'hub.send',
  // Rating on phones asks the hub at every step: hub/src/phone-rounds-app.test.ts runs them on a real one.
  'phoneRound.get',
  'phoneRound.open',
  'phoneRound.end',
];

/**
 * VACUUM cannot run inside a transaction: deleting a home commits the delete, then wipes the freed pages.
 * A failure then may leave the home deleted in full, or not at all, but nothing in between.
 */
const OUTSIDE_TRANSACTIONS: readonly OperationName[] = ['homes.delete'];

/**
 * Must be among the writes of more than one statement: the two that once lost their transaction unnoticed,
 * and a few more that would leave half a record behind.
 */
const KNOWN_MULTI_STATEMENT: readonly OperationName[] = [
  'rating.submit',
  'reviews.reopen',
  'reviews.complete',
  'reviews.start',
  'homes.create',
  'actions.create',
  'actions.setStatus',
  'customIndicators.add',
  'voice.saveFeedback',
  'demo.create',
];

/**
 * Which writes to make fail: every one, up to 100; beyond (the sample home, a home file), the first and last
 * 20 and 20 spread between. `Infinity` (not counted beforehand) tries each until the work completes.
 */
function faultsToTry(count: number): number[] {
  if (count <= 100 || count === Infinity)
    return Array.from({ length: Math.min(count, 10_000) + 1 }, (_, i) => i + 1);
  const spread = Array.from({ length: 20 }, (_, i) => 21 + Math.floor(((count - 40) * i) / 20));
  const ends = Array.from({ length: 20 }, (_, i) => [i + 1, count - i]).flat();
  return [...new Set([...ends, ...spread])].sort((a, b) => a - b);
}

let faults: FaultInjector | null = null;
afterEach(() => {
  faults?.restore();
  faults = null;
});

function openWithFaults() {
  const opened = openDatabase({
    file: path.join(tempFolder(), 'atomic.sqlite'),
    appVersion: '1.0.0',
    now: () => new Date(CLOCK),
  });
  faults = injectFaults(opened.db);
  return opened;
}

describe('every write is all or nothing', () => {
  it('leaves every table as it was when any statement of a write fails, and stamps rows with the app’s clock', () => {
    const { db, handlers } = openWithFaults();
    const inject = faults!;
    const statements = new Map<OperationName, number>();
    const writes = new Map<OperationName, number>();

    const broken: string[] = [];
    const calls = new Map<OperationName, number>();
    const dump = () => JSON.stringify(dumpTables(db));

    /** What a successful run of `name` leaves, found on a copy of the data (for operations that VACUUM). */
    function afterOnCopy(name: OperationName, parsed: unknown): string {
      const copy = path.join(tempFolder(), 'copy.sqlite');
      db.prepare('VACUUM INTO ?').run(copy);
      const other = openDatabase({ file: copy, appVersion: '1.0.0', now: () => new Date(CLOCK) });
      (other.handlers as unknown as Record<string, (i: unknown) => unknown>)[name]!(parsed);
      const after = JSON.stringify(dumpTables(other.db));
      other.db.close();
      return after;
    }

    /**
     * Calls an operation as the app does (input parsed by the contract at the app's clock). First its 1st
     * statement is made to fail, then its 2nd, and so on, each time checking that nothing changed; then it
     * runs for real. Each failed run is inside a savepoint rolled back afterwards, so one operation that
     * leaves half a change is reported and the rest still run on the data they expect.
     */
    function call<K extends OperationName>(name: K, input: InputOf<K>): ResultOf<K> {
      const parsed = withClock(
        () => new Date(CLOCK),
        () => operations[name].input.parse(input),
      );
      const handler = (handlers as unknown as Record<string, (i: unknown) => ResultOf<K>>)[name]!;
      const outside = OUTSIDE_TRANSACTIONS.includes(name);
      // Counted first on a run that is rolled back: a read needs no faults, nor a write already tried twice.
      const counted = outside ? null : rolledBack(() => inject.run(() => handler(parsed)));
      const tried = (calls.get(name) ?? 0) + 1;
      calls.set(name, tried);
      if (counted && (counted.writes === 0 || tried > 2))
        return record(
          name,
          inject.run(() => handler(parsed)),
        );
      const before = dump();
      const done = outside ? afterOnCopy(name, parsed) : null;
      for (const n of faultsToTry(counted?.writes ?? Infinity)) {
        if (!outside) db.exec('SAVEPOINT fault_probe');
        const run = inject.run(() => handler(parsed), n);
        const after = dump();
        if (!outside) db.exec('ROLLBACK TO fault_probe; RELEASE fault_probe');
        if (run.outcome.ok && outside) return record(name, run); // past its last write, for real
        if (run.outcome.ok) break; // past its last write: rolled back, and run for real below
        if (!(run.outcome.error instanceof InjectedFault)) throw run.outcome.error;
        if (after === before) continue;
        // All of it: only the clean-up after the commit failed.
        if (after === done) {
          return record<unknown>(name, { ...run, outcome: { ok: true, value: undefined } }) as ResultOf<K>;
        }
        broken.push(`${name}: write ${n} failed and the data changed`);
      }
      return record(
        name,
        inject.run(() => handler(parsed)),
      );
    }

    function rolledBack<T>(work: () => T): T {
      db.exec('SAVEPOINT count_only');
      try {
        return work();
      } finally {
        db.exec('ROLLBACK TO count_only; RELEASE count_only');
      }
    }

    function record<T>(name: OperationName, run: Counted<T>): T {
      if (!run.outcome.ok) throw run.outcome.error;
      statements.set(name, Math.max(statements.get(name) ?? 0, run.statements));
      writes.set(name, Math.max(writes.get(name) ?? 0, run.writes));
      return run.outcome.value;
    }

    // A home, its staff and its settings.
    const home = call('homes.create', {
      name: 'Oak House',
      urn: 'SC000001',
      registeredManager: 'Sam',
      places: 4,
    });
    const homeId = home.id;
    // Connected to a provider hub, so each sign-off and action also writes its publication to the outbox,
    // inside the same transaction: a failed statement must take the publication with it.
    createHubOutbox(db, () => new Date(CLOCK)).connect(homeId, {
      hubUrl: 'https://hub.example',
      hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
      credential: 'c'.repeat(43),
    });
    call('hub.status', { homeId });
    call('homes.update', {
      id: homeId,
      name: 'Oak House',
      urn: 'SC000002',
      registeredManager: 'Sam',
      places: 5,
    });
    call('homes.select', { id: homeId });
    call('settings.quarterNumbering', { numbering: 'financial' });
    const staffIds = ['Ash', 'Bea', 'Cal'].map((name, i) => {
      const list = call('staff.save', {
        homeId,
        name,
        role: 'Residential worker',
        startedOn: '2024-01-0' + (i + 1),
        status: 'active',
        leftOn: null,
      });
      return list.find((m) => m.name === name)!.id;
    });
    call('staff.save', {
      homeId,
      id: staffIds[2],
      name: 'Cal',
      role: 'Senior',
      startedOn: null,
      status: 'active',
      leftOn: null,
    });

    // The quarterly review, rated by the team first.
    const review = call('reviews.start', { homeId, quarter: QUARTER });
    call('customIndicators.add', {
      homeId,
      domainKey: review.domains[0]!.key,
      statement: 'Children plan the menu.',
    });
    const round = call('teamRound.open', { reviewId: review.id, domainKeys: [review.domains[0]!.key] });
    const sheet = call('rating.sheet', { roundId: round.id });
    const sheetKeys = sheet.domains.flatMap((d) => d.indicators.map((i) => i.key));
    for (const staffId of staffIds) {
      call('rating.submit', {
        roundId: round.id,
        staffId,
        fromPaper: false,
        ratings: sheetKeys.map((indicatorKey) => ({ indicatorKey, rating: 3 as const })),
      });
    }
    call('teamRound.get', { reviewId: review.id });
    call('teamRound.close', { roundId: round.id });
    call('meeting.get', { reviewId: review.id });
    call('meeting.saveAgenda', { reviewId: review.id, order: [], added: ['Night staffing'] });
    call('meeting.itemNote', { reviewId: review.id, itemId: 'added:0', note: 'Try a handover sheet' });
    call('meeting.saveSettings', { reviewId: review.id, minRaters: 3, flagMargin: 2 });
    call('meeting.agree', {
      reviewId: review.id,
      indicatorKey: sheetKeys[0]!,
      rating: 3,
      reasoning: 'We agree',
    });
    call('meeting.record', { reviewId: review.id, heldOn: TODAY, attendees: 'Ash, Bea', notes: 'Good' });
    call('meeting.agreement', { homeId });
    call('meeting.list', { homeId });
    call('meeting.held', { homeId });

    const full = call('reviews.get', { id: review.id });
    call('reviews.records', { reviewId: review.id });
    for (const indicator of full.indicators) {
      call('reviews.saveIndicator', {
        reviewId: review.id,
        indicatorKey: indicator.key,
        rating: 3,
        note: 'Seen in the records',
        sources: [],
        otherSource: '',
        discuss: false,
      });
    }
    for (const domain of full.domains) {
      call('reviews.saveDomain', {
        reviewId: review.id,
        domainKey: domain.key,
        judgement: 3,
        rationale: 'Steady',
      });
    }
    call('reviews.saveSummary', {
      reviewId: review.id,
      strengths: 'Team',
      improvements: 'School',
      overall: 3,
    });
    for (const area of ['protection', 'leadership', 'experiences'] as const) {
      call('reviews.saveJudgement', { reviewId: review.id, area, judgement: 3, reason: 'As we saw' });
    }
    call('reviews.setPosition', { reviewId: review.id, domainKey: full.domains[0]!.key, indicatorKey: null });
    const sign = { reviewId: review.id, signedByName: 'Sam', signedByRole: 'Manager', signedOn: TODAY };
    call('reviews.complete', sign);
    call('reviews.reopen', { reviewId: review.id, reason: 'A gap in the evidence', byName: 'Sam' });
    call('reviews.complete', sign);
    call('reviews.list', { homeId });
    call('customIndicators.list', { homeId });
    call('framework.get', { version: 2 });

    // Tracking.
    call('metrics.save', { homeId, quarter: QUARTER, values: { complaints: 2 } });
    call('metrics.save', {
      homeId,
      quarter: QUARTER,
      values: { complaints: 3 },
      managerStatus: 'registered',
    });
    call('metrics.get', { homeId, quarter: QUARTER });
    call('alerts.acknowledge', { homeId, key: 'reg45-unknown', note: 'Booked' });
    call('reg45.record', { homeId, completedOn: '2025-09-14' });
    call('dashboard.get', { homeId });
    call('dashboard.earlyWarning', { homeId });
    call('provider.overview', {});
    call('app.info', {});
    call('app.start', {});
    call('app.today', {});

    // The action plan and the inspection records.
    const action = call('actions.create', {
      homeId,
      title: 'Refresh the missing-from-care plan',
      link: null,
      owner: 'Sam',
      dueOn: '2025-10-31',
      source: 'review',
      origin: { kind: 'review', id: review.id },
      byName: 'Sam',
    });
    call('actions.update', {
      id: action.id,
      title: 'Refresh the plan',
      link: null,
      owner: 'Bea',
      dueOn: '2025-11-30',
      source: 'review',
    });
    call('actions.addNote', { id: action.id, notedOn: TODAY, text: 'Started', byName: 'Bea' });
    call('actions.setStatus', { id: action.id, status: 'in_progress', byName: 'Bea' });
    call('actions.setStatus', {
      id: action.id,
      status: 'done',
      completedOn: TODAY,
      evidence: 'Signed off',
      byName: 'Sam',
    });
    call('actions.list', { homeId });
    const visit = call('reg44.saveVisit', {
      homeId,
      visitedOn: '2025-09-02',
      visitor: 'Pat',
      reportReceivedOn: null,
    });
    call('reg44.saveVisit', {
      homeId,
      id: visit.savedId,
      visitedOn: '2025-09-03',
      visitor: 'Pat',
      reportReceivedOn: TODAY,
    });
    call('reg44.saveRecommendation', {
      visitId: visit.savedId,
      text: 'Update the risk plan',
      respondBy: null,
      response: '',
      respondedOn: null,
    });
    call('reg44.overview', { homeId });
    const notice = call('notifications.save', {
      homeId,
      kind: 'reg40',
      eventType: 'police',
      what: 'Police called after a fight',
      eventOn: '2025-09-02',
      eventTime: '21:15',
    });
    call('notifications.saveRecipient', {
      notificationId: notice.savedId,
      recipient: 'ofsted',
      who: '',
      notifiedOn: '2025-09-03',
      notifiedTime: '09:00',
    });
    call('notifications.list', { homeId });
    const mistake = call('notifications.save', {
      homeId,
      kind: 'reg49',
      eventType: 'manager-starts',
      what: 'New deputy',
      eventOn: '2025-09-01',
      eventTime: '09:00',
    });
    call('notifications.remove', { homeId, id: mistake.savedId });
    call('reg45.save', {
      homeId,
      periodStart: '2024-10-01',
      periodEnd: '2025-03-31',
      completedOn: '2025-03-20',
      sentToOfstedOn: null,
      placingAuthorities: 'unknown',
      placingAuthoritiesSentOn: null,
    });
    call('reg45.records', { homeId });
    const inspection = call('ofsted.saveInspection', {
      homeId,
      inspectedOn: '2025-05-01',
      kind: 'full',
      experiencesAndProgress: 3,
      helpedAndProtected: 3,
      leadersAndManagers: 3,
      interimOutcome: null,
      reportUrl: '',
    });
    call('ofsted.saveItem', {
      inspectionId: inspection.savedId,
      kind: 'requirement',
      regulation: 'Reg 12',
      text: 'Keep records',
      complyBy: null,
    });
    call('ofsted.overview', { homeId });
    call('duties.save', {
      homeId,
      builtinKey: 'statement-of-purpose',
      title: 'Statement of purpose',
      everyMonths: 12,
      lastDoneOn: '2025-01-10',
      dueOn: null,
    });
    call('duties.save', {
      homeId,
      title: 'Fire drill',
      everyMonths: 3,
      lastDoneOn: '2025-08-01',
      dueOn: null,
    });
    const duties = call('qualifications.save', {
      homeId,
      staffId: staffIds[0]!,
      level: 3,
      startedOn: '2024-01-01',
      achievedOn: null,
    });
    call('qualifications.remove', { homeId, id: duties.qualifications[0]!.id });
    call('appraisals.record', { homeId, staffId: staffIds[1]!, appraisedOn: '2025-09-01' });
    call('staffChecks.record', {
      homeId,
      staffId: staffIds[1]!,
      kind: 'supervision',
      doneOn: '2025-09-01',
      nextDueOn: '2025-10-01',
    });
    call('duties.overview', { homeId });
    call('staff.list', { homeId });

    // Children's views and everyone else's.
    const questions = call('voice.questions', { homeId });
    const saved = call('voice.saveQuestion', {
      homeId,
      set: 'young',
      wording: 'I like the food here.',
      scale: 'f4',
      domainKey: null,
    });
    call('voice.saveQuestion', {
      homeId,
      id: saved.savedId,
      set: 'young',
      wording: 'I like the meals here.',
      scale: 'f4',
      domainKey: null,
    });
    call('voice.retireQuestion', { id: saved.savedId, retired: true });
    const young = questions.find((q) => q.set === 'young' && q.current.scale !== 'open')!;
    const session = call('voice.startSession', { homeId, set: 'young' });
    call('voice.saveAnswer', {
      sessionId: session.sessionId,
      questionVersionId: young.current.id,
      choice: 1,
      comment: 'Nice',
    });
    call('voice.savePaperSurvey', {
      homeId,
      set: 'young',
      takenOn: TODAY,
      how: 'alone',
      answers: [{ questionVersionId: young.current.id, choice: 2, comment: 'Ok' }],
    });
    call('voice.saveSettings', { homeId, minAnswers: 3, margin: 1 });
    const feedback = call('voice.saveFeedback', {
      homeId,
      group: 'parents',
      role: 'Mum',
      receivedOn: TODAY,
      how: 'call',
      said: 'Happy with the visits',
      domains: [review.domains[0]!.key],
      indicators: [],
      answers: [],
    });
    call('voice.saveFeedback', {
      homeId,
      id: feedback.savedId,
      group: 'parents',
      role: 'Mum',
      receivedOn: TODAY,
      how: 'call',
      said: 'Happy with the visits, asks for more notice',
      domains: [],
      indicators: [],
      answers: [],
    });
    call('voice.deleteFeedback', { homeId, id: feedback.savedId });
    call('voice.saveYouSaid', {
      homeId,
      suggestion: 'Pizza night',
      suggestedOn: TODAY,
      weDid: '',
      doneOn: null,
    });
    call('voice.results', { homeId });
    call('voice.comments', { homeId });
    call('voice.feedback', { homeId });
    call('voice.youSaid', { homeId });
    call('voice.triangulation', { homeId });

    // The Reg 45 draft and the printed reports.
    const period = { homeId, quarter: QUARTER };
    call('reg45Draft.save', {
      ...period,
      analysis: 'Steady progress',
      standards: { '12': 'Fewer missing episodes' },
    });
    call('reg45Draft.sign', { ...period, signedBy: 'Sam', signedOn: TODAY });
    call('reg45Draft.unsign', period);
    call('reg45Draft.get', period);
    call('reg45Draft.list', { homeId });
    call('reports.inspectionPack', { homeId });

    // Locked mode.
    call('pin.status', {});
    call('pin.set', { newPin: '482913' });
    call('password.status', {});
    call('password.set', { newPassword: 'kettle on the landing' });
    call('pin.set', { password: 'kettle on the landing', newPin: '583029' });
    call('lock.enter', { mode: 'rating', homeId, subjectId: round.id });
    call('lock.status', {});
    call('lock.exit', { pin: '583029' });

    // The app lock: the proof and the unlock are one write, as for leaving locked mode.
    call('appLock.status', {});
    call('appLock.setIdle', { idleMinutes: 15 });
    call('appLock.lock', { reason: 'button' });
    // A wrong PIN first (refused, and counted), so the right password has a count to start again: that
    // and the unlock must be one write, not a count started again on a screen still locked.
    expect(() => handlers['appLock.unlock']({ pin: '000001' })).toThrow(/That PIN is not right/);
    call('appLock.unlock', { password: 'kettle on the landing' });
    call('appLock.lock', { reason: 'idle' });
    call('appLock.unlock', { pin: '583029' });

    // Timestamps come from the app's clock: SQLite's would be the real time, long after CLOCK.
    const late = Object.entries(dumpTables(db)).flatMap(([table, rows]) =>
      (rows as unknown[][]).flatMap((row) =>
        row
          .filter((v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) && v > CLOCK)
          .map((v) => `${table}: ${String(v)}`),
      ),
    );
    expect(late).toEqual([]);

    // The sample home, a home file in and out, and a home deleted.
    call('demo.create', {});
    call('homes.list', {});
    call('homes.get', { id: homeId });
    expect(call('hub.status', { homeId })).toMatchObject({ connected: true, waiting: expect.any(Number) });
    expect(
      db.prepare("SELECT count(*) FROM hub_outbox WHERE kind = 'review.signed_off'").pluck().get(),
    ).toBeGreaterThan(0);
    call('hub.shareWith', { homeId, localAuthority: 'Leeds' });
    call('hub.publishNotes', { homeId, on: true });
    call('hub.disconnect', { homeId });
    const exported = call('homes.export', { id: homeId, unencrypted: true });
    call('homes.importPreview', { text: exported.text });
    call('homes.import', { text: exported.text, replaceHomeId: homeId });
    const oak = call('homes.list', {}).find((h) => h.name === 'Oak House')!;
    call('homes.copies', { id: oak.id });
    call('homes.delete', { id: oak.id, confirmName: 'Oak House' });

    expect(broken).toEqual([]);
    const multi = [...writes].filter(([, n]) => n > 1).map(([name]) => name);
    expect(multi).toEqual(expect.arrayContaining([...KNOWN_MULTI_STATEMENT]));
    // Every operation was called here, or is listed above with the reason it is not.
    expect(operationNames.filter((name) => !statements.has(name) && !NOT_HERE.includes(name))).toEqual([]);
  }, 180_000); // every write of every operation, each failed in turn: about half a minute on two busy cores
});
