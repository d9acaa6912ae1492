import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ServiceError } from '../../contract/result';
import type { StaffCheckKind } from '../../contract/staff-checks';
import type { SaveStaffInput, StaffMember, StaffStatus } from '../../contract/team';

interface StaffRow {
  id: number;
  home_id: number;
  name: string;
  role: string;
  started_on: string | null;
  status: StaffStatus;
  left_on: string | null;
  last_appraisal_on: string | null;
  last_supervision_on: string | null;
  supervision_due_on: string | null;
  dbs_checked_on: string | null;
  dbs_due_on: string | null;
}

const toMember = (r: StaffRow): StaffMember => ({
  id: r.id,
  homeId: r.home_id,
  name: r.name,
  role: r.role,
  startedOn: r.started_on,
  status: r.status,
  leftOn: r.left_on,
  lastAppraisalOn: r.last_appraisal_on,
  lastSupervisionOn: r.last_supervision_on,
  supervisionDueOn: r.supervision_due_on,
  dbsCheckedOn: r.dbs_checked_on,
  dbsDueOn: r.dbs_due_on,
});

const NOT_ON_LIST = 'That member of staff is not on this home’s staff list.';

/** The home's staff list: current staff first, then those who have left, each by name. */
export function createStaffRepository(db: Database) {
  const list = db.prepare<[number], StaffRow>(
    `SELECT * FROM staff WHERE home_id = ?
     ORDER BY status = 'left', name COLLATE NOCASE, id`,
  );
  const one = db.prepare<[number], StaffRow>('SELECT * FROM staff WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO staff (home_id, name, role, started_on, status, left_on, created_at)
     VALUES (@homeId, @name, @role, @startedOn, @status, @leftOn, @at)`,
  );
  const update = db.prepare(
    `UPDATE staff SET name = @name, role = @role, started_on = @startedOn, status = @status,
       left_on = @leftOn WHERE id = @id AND home_id = @homeId`,
  );

  const recordAppraisal = db.prepare('UPDATE staff SET last_appraisal_on = ? WHERE id = ?');
  const recordCheck = {
    supervision: db.prepare(
      'UPDATE staff SET last_supervision_on = @doneOn, supervision_due_on = @nextDueOn WHERE id = @staffId',
    ),
    dbs: db.prepare('UPDATE staff SET dbs_checked_on = @doneOn, dbs_due_on = @nextDueOn WHERE id = @staffId'),
  };

  return {
    list: (homeId: number): StaffMember[] => list.all(homeId).map(toMember),
    /**
     * The member of staff a form picked, refused (against the form's `staffId` field) when they are not on
     * this home's list, or have left and `mayHaveLeft` is false.
     */
    picked(homeId: number, staffId: number, mayHaveLeft = false): StaffMember {
      const row = one.get(staffId);
      if (!row || row.home_id !== homeId) {
        throw new ServiceError('invalid_input', NOT_ON_LIST, {
          staffId: 'Choose someone from the staff list',
        });
      }
      if (row.status === 'left' && !mayHaveLeft) {
        throw new ServiceError('invalid_input', `${row.name} has left the home.`, {
          staffId: 'Choose someone who still works here',
        });
      }
      return toMember(row);
    },
    recordAppraisal(staffId: number, appraisedOn: string): void {
      recordAppraisal.run(appraisedOn, staffId);
    },
    /** A supervision or DBS update-service check: the date of the last one and the date the next is due. */
    recordCheck(staffId: number, kind: StaffCheckKind, doneOn: string, nextDueOn: string): void {
      recordCheck[kind].run({ staffId, doneOn, nextDueOn });
    },
    save(input: SaveStaffInput, at: Date): number {
      checkDates(input);
      const values = {
        homeId: input.homeId,
        name: input.name.trim(),
        role: input.role.trim(),
        startedOn: input.startedOn,
        status: input.status,
        // A date they left means nothing for someone still here.
        leftOn: input.status === 'left' ? input.leftOn : null,
      };
      if (input.id == null) return Number(insert.run({ ...values, at: at.toISOString() }).lastInsertRowid);
      const existing = one.get(input.id);
      if (!existing || existing.home_id !== input.homeId) {
        throw new ServiceError('not_found', 'That member of staff is no longer on the list.');
      }
      update.run({ ...values, id: input.id });
      return input.id;
    },
  };
}

function checkDates(input: SaveStaffInput) {
  if (input.status === 'left' && input.leftOn && input.startedOn && input.leftOn < input.startedOn) {
    throw new ServiceError('invalid_input', 'The date they left is before the date they started.', {
      leftOn: 'Enter a date they left that is on or after the date they started',
    });
  }
}
