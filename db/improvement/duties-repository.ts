import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ServiceError } from '../../contract/result';

export interface DutyRow {
  id: number;
  home_id: number;
  builtin_key: string | null;
  title: string;
  every_months: number | null;
  last_done_on: string | null;
  due_on: string | null;
}
export interface QualificationRow {
  id: number;
  home_id: number;
  /** The name typed before the staff list, or the staff member's name when it was last saved. */
  person: string;
  staff_id: number | null;
  level: 3 | 5;
  started_on: string;
  achieved_on: string | null;
  deferred_to: string | null;
  deferral_reason: string;
}
/** A deadline with its staff member's current name and whether they still work here. */
export interface QualificationListRow extends QualificationRow {
  staff_name: string | null;
  staff_status: 'active' | 'left' | null;
  staff_left_on: string | null;
}

export interface DutyFields {
  title: string;
  everyMonths: number | null;
  lastDoneOn: string | null;
  dueOn: string | null;
}
export interface QualificationFields {
  person: string;
  staffId: number | null;
  level: 3 | 5;
  startedOn: string;
  achievedOn: string | null;
  deferredTo: string | null;
  deferralReason: string;
}

/** Recurring duties (stored dates for the built-in ones, and the home's own) and qualification deadlines. */
export function createDutiesRepository(db: Database) {
  const duties = db.prepare<[number], DutyRow>('SELECT * FROM duties WHERE home_id = ? ORDER BY id');
  const duty = db.prepare<[number], DutyRow>('SELECT * FROM duties WHERE id = ?');
  const upsertBuiltin = db.prepare(
    `INSERT INTO duties (home_id, builtin_key, title, every_months, last_done_on, due_on)
     VALUES (@homeId, @key, '', @everyMonths, @lastDoneOn, @dueOn)
     ON CONFLICT (home_id, builtin_key) DO UPDATE SET last_done_on = excluded.last_done_on,
       due_on = excluded.due_on`,
  );
  const insertOwn = db.prepare(
    `INSERT INTO duties (home_id, title, every_months, last_done_on, due_on)
     VALUES (@homeId, @title, @everyMonths, @lastDoneOn, @dueOn)`,
  );
  const updateOwn = db.prepare(
    `UPDATE duties SET title = @title, every_months = @everyMonths, last_done_on = @lastDoneOn, due_on = @dueOn
     WHERE id = @id`,
  );
  const qualifications = db.prepare<[number], QualificationListRow>(
    `SELECT q.*, s.name AS staff_name, s.status AS staff_status, s.left_on AS staff_left_on
     FROM staff_qualifications q LEFT JOIN staff s ON s.id = q.staff_id
     WHERE q.home_id = ? ORDER BY coalesce(s.name, q.person) COLLATE NOCASE, q.id`,
  );
  const qualification = db.prepare<[number], QualificationRow>(
    'SELECT * FROM staff_qualifications WHERE id = ?',
  );
  const insertQualification = db.prepare(
    `INSERT INTO staff_qualifications (home_id, person, staff_id, level, started_on, achieved_on, deferred_to,
       deferral_reason)
     VALUES (@homeId, @person, @staffId, @level, @startedOn, @achievedOn, @deferredTo, @deferralReason)`,
  );
  const updateQualification = db.prepare(
    `UPDATE staff_qualifications SET person = @person, staff_id = @staffId, level = @level,
       started_on = @startedOn, achieved_on = @achievedOn, deferred_to = @deferredTo,
       deferral_reason = @deferralReason WHERE id = @id`,
  );
  const deleteQualification = db.prepare('DELETE FROM staff_qualifications WHERE id = ?');

  return {
    duties: (homeId: number) => duties.all(homeId),
    qualifications: (homeId: number) => qualifications.all(homeId),
    saveBuiltin(homeId: number, key: string, everyMonths: number | null, f: DutyFields): void {
      upsertBuiltin.run({ homeId, key, everyMonths, lastDoneOn: f.lastDoneOn, dueOn: f.dueOn });
    },
    saveOwn(homeId: number, id: number | undefined, f: DutyFields): void {
      if (id === undefined) insertOwn.run({ homeId, ...f });
      else if (duty.get(id)?.home_id !== homeId || duty.get(id)?.builtin_key) {
        throw new ServiceError('not_found', 'That duty no longer exists.');
      } else updateOwn.run({ id, ...f });
    },
    qualification(homeId: number, id: number): QualificationRow {
      const row = qualification.get(id);
      if (row?.home_id !== homeId) {
        throw new ServiceError('not_found', 'That qualification record no longer exists.');
      }
      return row;
    },
    /** Callers check the record (`qualification`) and the staff member belong to the home first. */
    saveQualification(homeId: number, id: number | undefined, f: QualificationFields): void {
      if (id === undefined) insertQualification.run({ homeId, ...f });
      else updateQualification.run({ id, ...f });
    },
    /** Callers check the record belongs to the home first (`qualification`). */
    removeQualification(id: number): void {
      deleteQualification.run(id);
    },
  };
}
