import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { reg45PeriodProblem } from '../../contract/rules/reg45-periods';
import { notInFuture } from '../../contract/rules/not-in-future';
import { staffCheckDateProblems } from '../../contract/rules/staff-check-dates';
import type { createHomesRepository } from '../homes/homes';
import { BUILTIN_DUTIES } from './builtin-duties';
import { createActionsRepository } from './actions-repository';
import { createRecordsService } from './records-service';
import { createRecordPublications } from '../hub-outbox/record-publications';
import { formatIsoDate, todayIso } from '../../contract/rules/dates';

type ImprovementOperations =
  | 'app.today'
  | 'actions.list'
  | 'actions.create'
  | 'actions.update'
  | 'actions.setStatus'
  | 'actions.addNote'
  | 'reg44.overview'
  | 'reg44.saveVisit'
  | 'reg44.saveRecommendation'
  | 'reg45.records'
  | 'reg45.save'
  | 'ofsted.overview'
  | 'ofsted.saveInspection'
  | 'ofsted.saveItem'
  | 'duties.overview'
  | 'duties.save'
  | 'qualifications.save'
  | 'qualifications.remove'
  | 'appraisals.record'
  | 'staffChecks.record';

/** A deferred qualification date: after the start, and with the reason it was deferred. */
function checkDeferral(startedOn: string, deferredTo: string | null, deferralReason: string) {
  if (deferredTo === null) return { deferredTo, deferralReason: '' };
  if (deferredTo <= startedOn) {
    throw new ServiceError('invalid_input', 'The deferred date is before they started.', {
      deferredTo: `Enter a date after ${formatIsoDate(startedOn)}, when they started`,
    });
  }
  if (deferralReason.trim() === '') {
    throw new ServiceError('invalid_input', 'Say why the date was deferred.', {
      deferralReason: 'Say why the date was deferred, for example a long absence',
    });
  }
  return { deferredTo, deferralReason };
}

/** The action plan and the inspection records: Reg 44, Reg 45, Ofsted and the dates that must not slip. */
export function createImprovementHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  now: () => Date = () => new Date(),
): Pick<Handlers, ImprovementOperations> {
  const actions = createActionsRepository(db, now);
  const records = createRecordsService(db);
  const today = () => todayIso(now());
  const home = (homeId: number) => homes.get(homeId).id;
  const reviewHome = db.prepare<[number], { home_id: number }>('SELECT home_id FROM reviews WHERE id = ?');
  // A connected home's records go to its provider's hub in the same transaction as the save.
  const hub = createRecordPublications(db, now);
  const ofstedItemOf = db
    .prepare<[number], number | null>('SELECT ofsted_item_id FROM actions WHERE id = ?')
    .pluck();
  /** An action made from an Ofsted requirement says whether the requirement is met. */
  const republishRequirement = (actionId: number) => {
    if (ofstedItemOf.get(actionId)) hub.inspections(actions.homeOf(actionId));
  };

  return {
    'app.today': () => today(),
    'actions.list': ({ homeId }) => actions.list(home(homeId), today()),
    'actions.create': ({ homeId, origin, byName, ...fields }) => {
      home(homeId);
      if (origin?.kind === 'reg44' && records.reg44.recommendation(origin.id).homeId !== homeId) {
        throw new ServiceError('not_found', 'That recommendation no longer exists.');
      }
      if (origin?.kind === 'ofsted' && records.ofsted.item(origin.id).homeId !== homeId) {
        throw new ServiceError('not_found', 'That requirement or recommendation no longer exists.');
      }
      if (origin?.kind === 'review' && reviewHome.get(origin.id)?.home_id !== homeId) {
        throw new ServiceError('not_found', 'That review no longer exists.');
      }
      return actions.get(actions.create(homeId, { ...fields, origin }, byName ?? ''), today());
    },
    'actions.update': ({ id, ...fields }) => {
      actions.update(id, fields);
      return actions.get(id, today());
    },
    'actions.setStatus': (input) => {
      notInFuture(
        input.status === 'done' ? (input.completedOn ?? null) : null,
        today(),
        'completedOn',
        'date it was done',
      );
      db.transaction(() => {
        actions.setStatus(input.id, input);
        republishRequirement(input.id);
      })();
      return actions.get(input.id, today());
    },
    'actions.addNote': ({ id, notedOn, text, byName }) => {
      notInFuture(notedOn, today(), 'notedOn', 'date of a progress note');
      actions.addNote(id, notedOn, text, byName);
      return actions.get(id, today());
    },
    'reg44.overview': ({ homeId }) => records.reg44Overview(home(homeId), today()),
    'reg44.saveVisit': ({ homeId, id, ...fields }) => {
      notInFuture(fields.visitedOn, today(), 'visitedOn', 'date of a visit');
      const savedId = db.transaction(() => {
        const saved = records.reg44.saveVisit(home(homeId), id, fields, now());
        hub.reg44(homeId);
        return saved;
      })();
      return { savedId, value: records.reg44Overview(homeId, today()) };
    },
    'reg44.saveRecommendation': ({ visitId, id, ...fields }) => {
      const homeId = records.reg44.visitHome(visitId);
      db.transaction(() => {
        records.reg44.saveRecommendation(visitId, id, fields, now());
        hub.reg44(homeId);
      })();
      return records.reg44Overview(homeId, today());
    },
    'reg45.records': ({ homeId }) => records.reg45Records(home(homeId), today()),
    'reg45.save': ({ homeId, id, ...fields }) => {
      notInFuture(fields.completedOn, today(), 'completedOn', 'date of a completed review');
      notInFuture(fields.sentToOfstedOn, today(), 'sentToOfstedOn', 'date the report was sent');
      if (fields.sentToOfstedOn && fields.sentToOfstedOn < fields.completedOn) {
        throw new ServiceError(
          'invalid_input',
          'The report cannot go to Ofsted before the review was completed.',
          {
            sentToOfstedOn: 'Enter a date on or after the date the review was completed',
          },
        );
      }
      const saved = records.reg45.rows(home(homeId));
      const stored = saved.find((r) => r.id === id);
      // A period already recorded is not checked again: one signed off out of step, with a reason, must
      // still take its dates sent to Ofsted and councils. Only a new or changed period must follow on.
      const unchanged = stored?.period_start === fields.periodStart && stored.period_end === fields.periodEnd;
      const problem = unchanged
        ? null
        : reg45PeriodProblem(
            { id, start: fields.periodStart, end: fields.periodEnd },
            saved.map((r) => ({ id: r.id, periodStart: r.period_start, periodEnd: r.period_end })),
          );
      if (problem) {
        throw new ServiceError('invalid_input', problem.message, { [problem.field]: problem.message });
      }
      db.transaction(() => {
        records.reg45.save(home(homeId), id, {
          ...fields,
          placingAuthoritiesSentOn:
            fields.placingAuthorities === 'sent' ? fields.placingAuthoritiesSentOn : null,
        });
        hub.reg45(homeId);
      })();
      return records.reg45Records(homeId, today());
    },
    'ofsted.overview': ({ homeId }) => records.inspections(home(homeId)),
    'ofsted.saveInspection': ({ homeId, id, ...fields }) => {
      notInFuture(fields.inspectedOn, today(), 'inspectedOn', 'date of an inspection');
      const savedId = db.transaction(() => {
        const saved = records.ofsted.save(home(homeId), id, fields);
        hub.inspections(homeId);
        return saved;
      })();
      return { savedId, value: records.inspections(homeId) };
    },
    'ofsted.saveItem': ({ inspectionId, id, ...fields }) => {
      const homeId = records.ofsted.inspectionHome(inspectionId);
      db.transaction(() => {
        records.ofsted.saveItem(inspectionId, id, fields);
        hub.inspections(homeId);
      })();
      return records.inspections(homeId);
    },
    'duties.overview': ({ homeId }) => records.dutiesOverview(home(homeId), today()),
    'duties.save': ({ homeId, builtinKey, id, ...fields }) => {
      home(homeId);
      notInFuture(fields.lastDoneOn, today(), 'lastDoneOn', 'date it was last done');
      db.transaction(() => {
        if (builtinKey !== undefined) {
          const builtin = BUILTIN_DUTIES.find((b) => b.key === builtinKey);
          if (!builtin) throw new ServiceError('not_found', 'That duty no longer exists.');
          records.duties.saveBuiltin(homeId, builtinKey, builtin.everyMonths, fields);
        } else {
          if (!fields.title.trim()) {
            throw new ServiceError('invalid_input', 'Enter the name of the duty.', {
              title: 'Enter the name of the duty',
            });
          }
          records.duties.saveOwn(homeId, id, fields);
        }
        hub.compliance(homeId);
      })();
      return records.dutiesOverview(homeId, today());
    },
    'qualifications.save': ({ homeId, id, staffId, deferredTo, deferralReason, ...fields }) => {
      home(homeId);
      notInFuture(fields.achievedOn, today(), 'achievedOn', 'date it was achieved');
      const existing = id === undefined ? undefined : records.duties.qualification(homeId, id);
      const deferral = checkDeferral(
        fields.startedOn,
        deferredTo === undefined ? (existing?.deferred_to ?? null) : deferredTo,
        deferralReason === undefined ? (existing?.deferral_reason ?? '') : deferralReason,
      );
      let person: string;
      if (staffId === null) {
        // Only a deadline from before the staff list keeps its typed name; anything new names a member of staff.
        if (!existing || existing.staff_id !== null) {
          throw new ServiceError('invalid_input', 'Choose who the deadline is for.', {
            staffId: 'Choose someone from the staff list',
          });
        }
        person = existing.person;
      } else {
        // Recording that someone achieved it stays possible after they leave.
        person = records.staff.picked(homeId, staffId, existing?.staff_id === staffId).name;
      }
      records.duties.saveQualification(homeId, id, { ...fields, ...deferral, staffId, person });
      return records.dutiesOverview(homeId, today());
    },
    'qualifications.remove': ({ homeId, id }) => {
      home(homeId);
      records.duties.qualification(homeId, id);
      records.duties.removeQualification(id);
      return records.dutiesOverview(homeId, today());
    },
    'appraisals.record': ({ homeId, staffId, appraisedOn }) => {
      home(homeId);
      const member = records.staff.picked(homeId, staffId);
      notInFuture(appraisedOn, today(), 'appraisedOn', 'date of the appraisal');
      if (member.startedOn && appraisedOn < member.startedOn) {
        throw new ServiceError('invalid_input', 'The appraisal is dated before they started.', {
          appraisedOn: `Enter a date on or after ${formatIsoDate(member.startedOn)}, when they started`,
        });
      }
      records.staff.recordAppraisal(staffId, appraisedOn);
      return records.dutiesOverview(homeId, today());
    },
    'staffChecks.record': ({ homeId, staffId, kind, doneOn, nextDueOn }) => {
      home(homeId);
      const member = records.staff.picked(homeId, staffId);
      const problems = staffCheckDateProblems({
        kind,
        doneOn,
        nextDueOn,
        today: today(),
        startedOn: member.startedOn,
      });
      const first = Object.values(problems)[0];
      if (first) throw new ServiceError('invalid_input', first, problems);
      records.staff.recordCheck(staffId, kind, doneOn, nextDueOn);
      return records.dutiesOverview(homeId, today());
    },
  };
}
