import { Link } from 'wouter';
import type { AppraisalStatus } from '@contract/duties';
import { formatIsoDate } from '@contract/dates';
import { AppraisalForm } from './AppraisalForm';
import { DutyStateTag } from './DutyStateTag';

function when(a: AppraisalStatus): string {
  const last = a.lastAppraisalOn
    ? `Last appraisal ${formatIsoDate(a.lastAppraisalOn)}.`
    : 'No appraisal recorded.';
  if (a.nextDueOn) return `${last} Next due ${formatIsoDate(a.nextDueOn)}.`;
  return `${last} Record their last appraisal, or their start date on the staff list, to see when the next is due.`;
}

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
  onEdit: (ref: string) => void;
  onSaved: (message: string) => void;
}) {
  return (
    <section aria-labelledby="appraisals-heading">
      <h2 className="heading-m" id="appraisals-heading">
        Staff appraisals
      </h2>
      <p className="hint">
        Reg 33(4): an appraisal for each member of staff at least once a year. Everyone who works here now,
        from the <Link href="/team">staff list</Link>; people who have left are not listed.
      </p>
      <ul className="record-list plain-list" aria-label="Appraisals">
        {appraisals.map((a) => (
          <li key={a.staffId} className="card record-card long-text">
            <h3 className="heading-s">{a.name}</h3>
            {a.role && <p className="hint">{a.role}</p>}
            <p>
              <DutyStateTag state={a.state} /> {when(a)}
            </p>
            {editing === `a${a.staffId}` ? (
              <AppraisalForm homeId={homeId} appraisal={a} onSaved={onSaved} />
            ) : (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onEdit(`a${a.staffId}`)}
              >
                Record appraisal<span className="visually-hidden"> for {a.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
