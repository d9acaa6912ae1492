import { Link } from 'wouter';
import type { AppraisalStatus } from '@contract/duties';
import { formatIsoDate } from '@contract/rules/dates';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { AppraisalForm } from './AppraisalForm';
import { DutyStateTag } from './DutyStateTag';
import { RecordCard, useFocusWhenEditing } from './RecordCard';

const editRef = (a: AppraisalStatus) => `a${a.staffId}`;
const buttonId = (a: AppraisalStatus) => `appraisal-record-${a.staffId}`;

/** Each current member of staff's appraisal: due a year after the last, or a year after they started. */
export function AppraisalsSection({
  homeId,
  appraisals,
  editing,
  onEdit,
  onSaved,
}: {
  homeId: number;
  appraisals: AppraisalStatus[];
  editing: string | null;
  onEdit: (ref: string | null) => void;
  onSaved: (message: string) => void;
}) {
  const edited = appraisals.find((a) => editRef(a) === editing);
  const { backTo } = useFocusWhenEditing(edited && `appraisal-${edited.staffId}-appraisedOn`);

  return (
    <div className="appraisals">
      <h2 className="heading-m" id="appraisals-heading">
        Staff appraisals
      </h2>
      <p className="hint">
        Reg 33(4): an appraisal for each member of staff at least once a year. Everyone who works here now,
        from the <Link href="/team">staff list</Link>; people who have left are not listed.
      </p>
      <ScrollRegion labelledBy="appraisals-heading">
        <table className="table appraisals-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Last appraisal</th>
              <th scope="col">Next due</th>
            </tr>
          </thead>
          <tbody>
            {appraisals.map((a) => (
              <tr key={a.staffId}>
                <th scope="row">{a.name}</th>
                <td>{a.role || 'Not recorded'}</td>
                <td>
                  {a.lastAppraisalOn ? (
                    <span className="date">{formatIsoDate(a.lastAppraisalOn)}</span>
                  ) : (
                    'None recorded'
                  )}
                  <br />
                  <button
                    type="button"
                    id={buttonId(a)}
                    className="button-link"
                    onClick={() => onEdit(editRef(a))}
                  >
                    Record appraisal<span className="visually-hidden"> for {a.name}</span>
                  </button>
                </td>
                <td>
                  {a.nextDueOn ? (
                    <>
                      <DutyStateTag state={a.state} />{' '}
                      <span className="date">{formatIsoDate(a.nextDueOn)}</span>
                    </>
                  ) : a.startedOn ? (
                    // A new home's first quarter: a date before it was added is asked for, not called late.
                    'Not known yet: record their last appraisal'
                  ) : (
                    'Not known: record an appraisal, or add their start date on the staff list'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {edited && (
        <RecordCard
          title={`Appraisal of ${edited.name}`}
          onCancel={() => {
            onEdit(null);
            backTo(buttonId(edited));
          }}
        >
          <AppraisalForm
            key={edited.staffId}
            homeId={homeId}
            appraisal={edited}
            onSaved={(message) => {
              onSaved(message);
              backTo(buttonId(edited));
            }}
          />
        </RecordCard>
      )}
    </div>
  );
}
