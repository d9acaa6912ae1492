import { Link } from 'wouter';
import { formatIsoDate } from '@contract/rules/dates';
import {
  STAFF_CHECK_KINDS,
  STAFF_CHECK_WORDS,
  type StaffCheckKind,
  type StaffCheckStatus,
} from '@contract/staff-checks';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { DutyStateTag } from './DutyStateTag';
import { RecordCard, useFocusWhenEditing } from './RecordCard';
import { StaffCheckForm, staffCheckFieldPrefix } from './StaffCheckForm';

const editRef = (kind: StaffCheckKind, staffId: number) => `${kind}:${staffId}`;
const buttonId = (kind: StaffCheckKind, staffId: number) => `${kind}-record-${staffId}`;

/** One check's cell: the last date, the next due with where it stands, and the button to record it. */
function CheckCell({
  check,
  kind,
  onEdit,
}: {
  check: StaffCheckStatus;
  kind: StaffCheckKind;
  onEdit: (ref: string) => void;
}) {
  const { lastOn, dueOn, state } = check[kind];
  return (
    <td>
      {lastOn ? (
        <>
          Last: <span className="date">{formatIsoDate(lastOn)}</span>
        </>
      ) : (
        'None recorded'
      )}
      <br />
      {dueOn && (
        <>
          <DutyStateTag state={state} /> Next due <span className="date">{formatIsoDate(dueOn)}</span>
          <br />
        </>
      )}
      <button
        type="button"
        id={buttonId(kind, check.staffId)}
        className="button-link"
        onClick={() => onEdit(editRef(kind, check.staffId))}
      >
        {STAFF_CHECK_WORDS[kind].record}
        <span className="visually-hidden"> for {check.name}</span>
      </button>
    </td>
  );
}

/**
 * Each current member of staff's supervision and DBS update-service check, beside their appraisal: the
 * last date and the next due, which the home's own policy sets. Late and due-soon ones reach the dashboard
 * as appraisals do.
 */
export function StaffChecksSection({
  homeId,
  checks,
  editing,
  onEdit,
  onSaved,
}: {
  homeId: number;
  checks: StaffCheckStatus[];
  editing: string | null;
  onEdit: (ref: string | null) => void;
  onSaved: (message: string) => void;
}) {
  const edited = checks
    .flatMap((check) => STAFF_CHECK_KINDS.map((kind) => ({ check, kind })))
    .find(({ check, kind }) => editRef(kind, check.staffId) === editing);
  const { backTo } = useFocusWhenEditing(
    edited && `${staffCheckFieldPrefix(edited.kind, edited.check.staffId)}-doneOn`,
  );

  return (
    <div className="appraisals">
      <h2 className="heading-m" id="staff-checks-heading">
        Supervision and DBS update service checks
      </h2>
      <p className="hint">
        Reg 33(4): practice-related supervision for each member of staff. Record the last supervision and the
        last check of their DBS certificate on the update service, with the date each is next due under your
        own policy. Everyone who works here now, from the <Link href="/team">staff list</Link>.
      </p>
      <ScrollRegion labelledBy="staff-checks-heading">
        <table className="table appraisals-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Supervision</th>
              <th scope="col">DBS update service check</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.staffId}>
                <th scope="row">{check.name}</th>
                {STAFF_CHECK_KINDS.map((kind) => (
                  <CheckCell key={kind} check={check} kind={kind} onEdit={onEdit} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {edited && (
        <RecordCard
          title={`${STAFF_CHECK_WORDS[edited.kind].title}: ${edited.check.name}`}
          onCancel={() => {
            onEdit(null);
            backTo(buttonId(edited.kind, edited.check.staffId));
          }}
        >
          <StaffCheckForm
            key={editing}
            homeId={homeId}
            check={edited.check}
            kind={edited.kind}
            onSaved={(message) => {
              onSaved(message);
              backTo(buttonId(edited.kind, edited.check.staffId));
            }}
          />
        </RecordCard>
      )}
    </div>
  );
}
