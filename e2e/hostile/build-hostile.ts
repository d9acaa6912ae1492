import { addDays, addMonths, todayIso } from '../../contract/rules/dates';
import { dispatch } from '../../contract/dispatch';
import type { InputOf, OperationName, ResultOf } from '../../contract/operations';
import { addQuarters, quarterOf } from '../../contract/rules/quarters';
import { REG45_REGULATIONS, reg45Period } from '../../contract/reg45-draft';
import { STAFF_ROOM_SUMMARY_MAX } from '../../contract/review';
import { signOffDate } from '../../db/demo/demo-home';
import { createHubOutbox } from '../../db/hub-outbox/outbox';
import { openStore, type Store } from '../../db/store';
import type { SituationFacts } from '../reflow/build-situations';
import { writeTeamPayloads, writeVoicePayloads } from './build-team-voice';
import { PAYLOADS } from './payloads';

/**
 * Writes the hostile payloads through every operation that stores text, through the contract (so the
 * same checks and normalising apply as for the screens), into a new data file. Runs in Node, bundled.
 * Returns the route facts and every "operation.field" it wrote a payload into.
 */
export interface HostileFacts extends SituationFacts {
  covered: string[];
}

const daysAgo = (days: number) => addDays(todayIso(), -days);

export async function buildHostile(file: string): Promise<HostileFacts> {
  const store: Store = openStore({ file, appVersion: 'e2e' });
  store.db.pragma('synchronous = OFF'); // durability is not what this test is about
  const covered = new Set<string>();
  let turn = 0;
  /** The next payload that fits `max` characters, taking each in turn so every one lands somewhere. */
  const next = (max: number) => {
    for (;;) {
      const payload = PAYLOADS[turn++ % PAYLOADS.length]!;
      if (payload.length <= max) return payload;
    }
  };
  /** The next payload with something besides spaces in it (signing needs a name and an analysis). */
  const written = (max: number) => {
    for (;;) {
      const payload = next(max);
      if (payload.trim()) return payload;
    }
  };
  async function call<K extends OperationName>(name: K, input: InputOf<K>, fields: string[]) {
    const result = await dispatch(store.handlers, name, input, () => {});
    if (!result.ok) throw new Error(`${name} refused the payload: ${result.error.message}`);
    for (const field of fields) covered.add(`${name}.${field}`);
    return result.value as ResultOf<K>;
  }

  try {
    // Every payload short enough for a home's name names a home; the first is the one the screens show.
    const homes = [];
    for (const name of PAYLOADS.filter((p) => p.trim().length > 0 && p.length <= 120)) {
      homes.push(
        await call(
          'homes.create',
          {
            name,
            urn: null,
            registeredManager: next(120),
            provider: next(200),
            responsibleIndividual: next(120),
            places: 3,
          },
          ['name', 'registeredManager', 'provider', 'responsibleIndividual'],
        ),
      );
    }
    const homeId = homes[0]!.id;
    await call(
      'homes.update',
      {
        id: homeId,
        name: homes[0]!.name,
        urn: 'SC123456',
        registeredManager: next(120),
        provider: next(200),
        responsibleIndividual: next(120),
        places: 4,
      },
      ['name', 'registeredManager', 'provider', 'responsibleIndividual'],
    );
    await call('homes.select', { id: homeId }, []);
    for (let n = 0; n < 5; n++)
      await call('customIndicators.add', { homeId, domainKey: 'leadership', statement: next(500) }, [
        'statement',
      ]);

    const current = quarterOf(new Date());
    const completed = await writeReview(addQuarters(current, -1), true);
    const draft = await writeReview(current, false);

    async function writeReview(quarter: string, complete: boolean) {
      const review = await call('reviews.start', { homeId, quarter }, []);
      for (const indicator of review.indicators) {
        await call(
          'reviews.saveIndicator',
          {
            reviewId: review.id,
            indicatorKey: indicator.key,
            rating: 3,
            note: next(100_000),
            sources: [],
            otherSource: next(500),
            recordsReason: next(100_000),
            discuss: true,
          },
          ['note', 'otherSource', 'recordsReason'],
        );
      }
      for (const domain of review.domains)
        await call(
          'reviews.saveDomain',
          { reviewId: review.id, domainKey: domain.key, judgement: 3, rationale: next(100_000) },
          ['rationale'],
        );
      for (const area of ['experiences', 'protection', 'leadership'] as const)
        await call(
          'reviews.saveJudgement',
          { reviewId: review.id, area, judgement: 3, reason: next(100_000) },
          ['reason'],
        );
      await call(
        'reviews.saveSummary',
        {
          reviewId: review.id,
          strengths: next(100_000),
          improvements: next(100_000),
          overall: 3,
          staffRoomSummary: next(STAFF_ROOM_SUMMARY_MAX),
        },
        ['strengths', 'improvements', 'staffRoomSummary'],
      );
      if (complete) {
        const sign = {
          reviewId: review.id,
          signedByName: next(120),
          signedByRole: next(120),
          signedOn: signOffDate(quarter, 0, new Date()),
        };
        await call('reviews.complete', sign, ['signedByName', 'signedByRole']);
        await call('reviews.reopen', { reviewId: review.id, reason: next(2000), byName: next(120) }, [
          'reason',
          'byName',
        ]);
        await call('reviews.complete', { ...sign, signedByName: next(120) }, [
          'signedByName',
          'signedByRole',
        ]);
      }
      return review.id;
    }

    for (const alert of (await call('dashboard.get', { homeId }, [])).alerts.slice(0, 3))
      await call('alerts.acknowledge', { homeId, key: alert.key, note: next(2000) }, ['note']);

    for (let n = 0; n < PAYLOADS.length; n++) {
      const action = await call(
        'actions.create',
        {
          homeId,
          title: next(20_000),
          link: null,
          owner: next(200),
          dueOn: daysAgo(n - 30),
          source: 'other',
          byName: next(200),
        },
        ['title', 'owner', 'byName'],
      );
      if (n % 4 === 0)
        await call(
          'actions.update',
          {
            id: action.id,
            title: next(20_000),
            link: null,
            owner: next(200),
            dueOn: daysAgo(3),
            source: 'other',
          },
          ['title', 'owner'],
        );
      if (n % 4 === 1)
        await call(
          'actions.addNote',
          { id: action.id, notedOn: daysAgo(1), text: next(20_000), byName: next(200) },
          ['text', 'byName'],
        );
      if (n % 4 === 2)
        await call(
          'actions.setStatus',
          {
            id: action.id,
            status: 'done',
            completedOn: daysAgo(1),
            evidence: next(20_000),
            byName: next(200),
          },
          ['evidence', 'byName'],
        );
      if (n % 4 === 3)
        await call(
          'actions.setStatus',
          { id: action.id, status: 'dropped', reason: next(20_000), byName: next(200) },
          ['reason', 'byName'],
        );
    }

    for (let n = 0; n < 6; n++) {
      const visit = await call(
        'reg44.saveVisit',
        { homeId, visitedOn: daysAgo(20 + n * 30), visitor: next(200), reportReceivedOn: null },
        ['visitor'],
      );
      for (let r = 0; r < 3; r++)
        await call(
          'reg44.saveRecommendation',
          {
            visitId: visit.savedId,
            text: next(20_000),
            respondBy: null,
            response: next(20_000),
            respondedOn: null,
          },
          ['text', 'response'],
        );
    }
    // The notifications log: what happened, and who was told, in hostile words.
    for (let n = 0; n < 4; n++) {
      const notice = await call(
        'notifications.save',
        {
          homeId,
          kind: n % 2 ? 'reg49' : 'reg40',
          eventType: n % 2 ? 'other' : 'police',
          what: next(20_000),
          eventOn: daysAgo(5 + n * 40),
          eventTime: '10:00',
        },
        ['what'],
      );
      await call(
        'notifications.saveRecipient',
        {
          notificationId: notice.savedId,
          recipient: n % 2 ? 'other' : 'ofsted',
          who: next(200),
          notifiedOn: daysAgo(4 + n * 40),
          notifiedTime: '09:00',
        },
        ['who'],
      );
    }
    const inspection = await call(
      'ofsted.saveInspection',
      {
        homeId,
        inspectedOn: daysAgo(60),
        kind: 'full',
        experiencesAndProgress: 2,
        helpedAndProtected: 2,
        leadersAndManagers: 2,
        interimOutcome: null,
        reportUrl: 'https://example.org/"><svg/onload=window.__xss=1>',
      },
      ['reportUrl'],
    );
    for (let n = 0; n < 8; n++)
      await call(
        'ofsted.saveItem',
        {
          inspectionId: inspection.savedId,
          kind: n % 2 ? 'recommendation' : 'requirement',
          regulation: next(200),
          text: next(20_000),
          complyBy: null,
        },
        ['regulation', 'text'],
      );
    for (let n = 0; n < 6; n++) {
      await call(
        'duties.save',
        { homeId, title: next(200), everyMonths: 12, lastDoneOn: daysAgo(100), dueOn: null },
        ['title'],
      );
    }
    const completedQuarters = [addQuarters(current, -1)];
    // The Reg 45 draft's own words, signed, so the print view shows both the words and who signed.
    const period = { homeId, quarter: completedQuarters[0]! };
    const standards = Object.fromEntries(REG45_REGULATIONS.map((reg) => [String(reg), next(20_000)]));
    await call('reg45Draft.save', { ...period, analysis: written(100_000), standards }, [
      'analysis',
      'standards',
    ]);
    // A recorded period that overlaps the draft's, so the sign-off keeps its reason and the print shows it.
    const draftStart = reg45Period(period.quarter).start;
    await call(
      'reg45.save',
      {
        homeId,
        periodStart: addMonths(draftStart, -4),
        periodEnd: addDays(addMonths(draftStart, 2), -1),
        completedOn: addDays(addMonths(draftStart, 2), 5),
        sentToOfstedOn: null,
        placingAuthorities: 'unknown',
        placingAuthoritiesSentOn: null,
      },
      [],
    );
    await call(
      'reg45Draft.sign',
      { ...period, signedBy: written(200), signedOn: daysAgo(0), periodReason: written(2000) },
      ['signedBy', 'periodReason'],
    );
    await writeTeamPayloads(call, next, homeId, draft, daysAgo);
    // Qualification deadlines, appraisals and supervision show the staff list's hostile names on the calendar.
    for (const [n, member] of (await call('staff.list', { homeId }, [])).entries()) {
      await call(
        'qualifications.save',
        {
          homeId,
          staffId: member.id,
          level: n % 2 ? 3 : 5,
          startedOn: daysAgo(200),
          achievedOn: null,
          // A deferred date shows its reason beside the deadline.
          deferredTo: daysAgo(-900),
          deferralReason: next(20_000),
        },
        ['deferralReason'],
      );
      await call('appraisals.record', { homeId, staffId: member.id, appraisedOn: daysAgo(10 + n * 50) }, []);
      // Supervision and DBS checks show the same names in their own table beside appraisals (dates only).
      for (const kind of ['supervision', 'dbs'] as const) {
        await call(
          'staffChecks.record',
          { homeId, staffId: member.id, kind, doneOn: daysAgo(20 + n), nextDueOn: daysAgo(n - 10) },
          [],
        );
      }
    }
    await writeVoicePayloads(call, next, homeId, daysAgo);
    // Connected to a provider hub on this computer that is not running (nothing leaves the machine), so
    // Settings shows the local authority the home shares with.
    createHubOutbox(store.db).connect(homeId, {
      hubUrl: 'http://127.0.0.1:9',
      hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
      credential: 'c'.repeat(43),
    });
    await call('hub.shareWith', { homeId, localAuthority: written(200) }, ['localAuthority']);
    return {
      completed: [completed],
      draft,
      figureQuarters: [],
      homeId,
      completedQuarters,
      covered: [...covered].sort(),
    };
  } finally {
    store.close();
  }
}
