import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DutiesOverview, DutyStatus } from '../../contract/duties';
import type { InspectionsOverview, Reg44Overview, Reg44Visit, Reg45Record } from '../../contract/records';
import { timescaleCount } from '../../contract/rules/reg44-timescales';
import { dateOfTimestamp, quarterOfIso } from '../../contract/rules/dates';
import {
  calibrate,
  calibrationSummary,
  dueState,
  dutyNextDue,
  reg44CheckedFrom,
  reg44MissingMonths,
  reg45OfstedDeadline,
  reg45OfstedState,
} from '../insights/deadline-rules';
import { BUILTIN_DUTIES } from './builtin-duties';
import { createDutiesRepository } from './duties-repository';
import { createOfstedRepository } from './ofsted-repository';
import { createReg44Repository } from './reg44-repository';
import { createReg45Repository } from '../reg45/reg45';
import { createSelfAssessmentJudgements } from './self-assessment-judgements';
import { createStaffRepository } from '../team/staff-repository';
import { appraisalStatuses, qualificationStatus } from './staff-dates';
import { staffCheckStatuses } from './staff-checks';

/** Reg 44, Reg 45, Ofsted and recurring duties, each with the rules applied for `today`. */
export function createRecordsService(db: Database) {
  const reg44 = createReg44Repository(db);
  const reg45 = createReg45Repository(db);
  const ofsted = createOfstedRepository(db);
  const duties = createDutiesRepository(db);
  const selfAssessment = createSelfAssessmentJudgements(db);
  const staff = createStaffRepository(db);
  const homeStart = db.prepare<[number], { created_at: string }>('SELECT created_at FROM homes WHERE id = ?');

  function reg44Overview(homeId: number, today: string): Reg44Overview {
    const visits = reg44.list(homeId);
    // The home's own date it was added: a home added at 00:30 BST on 1 October is not checked for September.
    const since = dateOfTimestamp(homeStart.get(homeId)!.created_at);
    const byQuarter = new Map<string, Reg44Visit[]>();
    for (const v of visits) {
      const quarter = quarterOfIso(v.visitedOn);
      byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), v]);
    }
    const quarters = [...byQuarter].map(([quarter, inQuarter]) => {
      const recommendations = inQuarter.flatMap((v) => v.recommendations);
      return {
        quarter,
        visits: inQuarter.length,
        recommendations: recommendations.length,
        ...timescaleCount(recommendations, today),
      };
    });
    const visitDates = visits.map((v) => v.visitedOn);
    return {
      visits,
      missingMonths: reg44MissingMonths(visitDates, since, today),
      checkedFrom: reg44CheckedFrom(visitDates, since, today),
      quarters: quarters.sort((a, b) => b.quarter.localeCompare(a.quarter)),
    };
  }

  function reg45Records(homeId: number, today: string): Reg45Record[] {
    return reg45.rows(homeId).map((r) => ({
      id: r.id,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      completedOn: r.completed_on,
      sentToOfstedOn: r.sent_to_ofsted_on,
      placingAuthorities: r.placing_authorities,
      placingAuthoritiesSentOn: r.placing_authorities_sent_on,
      ofstedDeadline: reg45OfstedDeadline(r.completed_on),
      ofstedState: reg45OfstedState(r.completed_on, r.sent_to_ofsted_on, today),
    }));
  }

  function inspections(homeId: number): InspectionsOverview {
    const list = ofsted.list(homeId).map((i) => {
      const own = i.kind === 'full' ? selfAssessment(homeId, i.inspectedOn) : null;
      return {
        ...i,
        calibration: own
          ? { reviewQuarter: own.reviewQuarter, rows: calibrate(i.judgements, own.grades) }
          : null,
      };
    });
    return {
      inspections: list,
      calibration: calibrationSummary(list.flatMap((i) => i.calibration?.rows ?? [])),
    };
  }

  function dutiesOverview(homeId: number, today: string): DutiesOverview {
    const stored = duties.duties(homeId);
    const builtins: DutyStatus[] = BUILTIN_DUTIES.map((b) => {
      const row = stored.find((r) => r.builtin_key === b.key);
      const next = dutyNextDue(b.everyMonths, row?.last_done_on ?? null, row?.due_on ?? null);
      const done = b.everyMonths === null && !!row?.last_done_on;
      return {
        ref: `builtin:${b.key}`,
        builtinKey: b.key,
        id: null,
        title: b.title,
        basis: b.basis,
        everyMonths: b.everyMonths,
        lastDoneOn: row?.last_done_on ?? null,
        nextDueOn: next,
        state: dueState(next, today, done),
      };
    });
    const own: DutyStatus[] = stored
      .filter((r) => r.builtin_key === null)
      .map((r) => {
        const next = dutyNextDue(r.every_months, r.last_done_on, r.due_on);
        return {
          ref: `own:${r.id}`,
          builtinKey: null,
          id: r.id,
          title: r.title,
          basis: '',
          everyMonths: r.every_months,
          lastDoneOn: r.last_done_on,
          nextDueOn: next,
          state: dueState(next, today, r.every_months === null && !!r.last_done_on),
        };
      });
    const trackedFrom = dateOfTimestamp(homeStart.get(homeId)!.created_at);
    const members = staff.list(homeId);
    const appraisals = appraisalStatuses(members, today, trackedFrom);
    return {
      // Once anyone is on the staff list, appraisals are tracked person by person instead.
      duties: [...builtins, ...own].filter(
        (d) => !(appraisals.length > 0 && d.builtinKey === 'staff-appraisals'),
      ),
      qualifications: duties.qualifications(homeId).map((q) => qualificationStatus(q, today, trackedFrom)),
      appraisals,
      staffChecks: staffCheckStatuses(members, today),
    };
  }

  return { reg44, reg45, ofsted, duties, staff, reg44Overview, reg45Records, inspections, dutiesOverview };
}
