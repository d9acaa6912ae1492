import type { DutiesOverview, DutyState } from '@contract/duties';
import { formatIsoDate } from '@contract/rules/dates';
import { overdueWords } from '@contract/rules/overdue-items';
import { STAFF_CHECK_KINDS, STAFF_CHECK_WORDS } from '@contract/staff-checks';

/** Where a date stands on the day printed, in words: a late one says by how many days. */
function stateWords(state: DutyState, due: string | null, today: string): string {
  const overdue = state === 'late' && due ? overdueWords(due, today) : null;
  if (overdue) return `${overdue[0]!.toUpperCase()}${overdue.slice(1)}`;
  return {
    'not-recorded': 'No date recorded',
    ok: 'In date',
    'due-soon': 'Due within 30 days',
    late: 'Late',
    done: 'Done',
    left: 'Left the home',
  }[state];
}

const date = (iso: string | null) => (iso ? formatIsoDate(iso) : 'Not recorded');

const CHECK_CAPTIONS = {
  supervision: `${STAFF_CHECK_WORDS.supervision.title} (Regulation 33(4): at the frequency the home’s policy sets)`,
  dbs: `${STAFF_CHECK_WORDS.dbs.title}s (at the frequency the home’s policy sets)`,
} as const;

interface StaffDatesRow {
  staffId: number;
  name: string;
  role: string | null;
  lastOn: string | null;
  dueOn: string | null;
  state: DutyState;
}

/** One recurring date per member of staff: the last, the next due, and where it stands on the day printed. */
function StaffDatesTable(props: {
  caption: string;
  lastHeading: string;
  rows: StaffDatesRow[];
  today: string;
}) {
  return (
    <table className="report-table compliance-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">{props.lastHeading}</th>
          <th scope="col">Next due</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.staffId}>
            <th scope="row">
              <span className="report-text">{r.name}</span>
              {r.role && <span className="report-block report-small report-text">{r.role}</span>}
            </th>
            <td>{date(r.lastOn)}</td>
            <td>{date(r.dueOn)}</td>
            <td>{stateWords(r.state, r.dueOn, props.today)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The home's compliance calendar as the Calendar screen keeps it: the statement of purpose, the location
 * assessment and the other recurring duties, the Level 3 and Level 5 deadlines, and each member of staff's
 * appraisal, supervision and DBS update-service check, with where each stands on the day printed: a late
 * one "Overdue by N days" (the pack goes to an inspector; the staff-room page never names anyone late).
 */
export function ComplianceCalendar({ overview, today }: { overview: DutiesOverview; today: string }) {
  const { duties, qualifications, appraisals } = overview;
  return (
    <>
      <table className="report-table compliance-table">
        <caption>Recurring duties</caption>
        <thead>
          <tr>
            <th scope="col">Duty</th>
            <th scope="col">Last done</th>
            <th scope="col">Next due</th>
            <th scope="col">Where it stands</th>
          </tr>
        </thead>
        <tbody>
          {duties.map((d) => (
            <tr key={d.ref}>
              <th scope="row">
                <span className="report-text">{d.title}</span>
                {d.basis && <span className="report-block report-small">{d.basis}</span>}
              </th>
              <td>{date(d.lastDoneOn)}</td>
              <td>{date(d.nextDueOn)}</td>
              <td>{stateWords(d.state, d.nextDueOn, today)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {qualifications.length === 0 ? (
        <p>No Level 3 or Level 5 deadlines are recorded.</p>
      ) : (
        <table className="report-table compliance-table">
          <caption>Level 3 and Level 5 qualifications (Regulations 32 and 28)</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Level</th>
              <th scope="col">Due by</th>
              <th scope="col">Where it stands</th>
            </tr>
          </thead>
          <tbody>
            {qualifications.map((q) => (
              <tr key={q.id}>
                <th scope="row" className="report-text">
                  {q.person}
                </th>
                <td>Level {q.level}</td>
                <td>
                  {formatIsoDate(q.deadline)}
                  {q.deferredTo && <span className="report-block report-small">Deferred</span>}
                </td>
                <td>
                  {q.achievedOn
                    ? `Achieved ${formatIsoDate(q.achievedOn)}`
                    : stateWords(q.state, q.deadline, today)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {appraisals.length === 0 ? (
        <p>No one is on the staff list, so no appraisals or staff checks are tracked.</p>
      ) : (
        <>
          <StaffDatesTable
            caption="Appraisals (Regulation 33(4): at least once a year)"
            lastHeading="Last appraisal"
            today={today}
            rows={appraisals.map((a) => ({ ...a, lastOn: a.lastAppraisalOn, dueOn: a.nextDueOn }))}
          />
          {STAFF_CHECK_KINDS.map((kind) => (
            <StaffDatesTable
              key={kind}
              caption={CHECK_CAPTIONS[kind]}
              lastHeading="Last"
              today={today}
              rows={overview.staffChecks.map((c) => ({ ...c, ...c[kind] }))}
            />
          ))}
        </>
      )}
    </>
  );
}
