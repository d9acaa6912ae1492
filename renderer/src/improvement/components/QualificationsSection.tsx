import type { QualificationStatus } from '@contract/duties';
import { formatIsoDate } from '@contract/rules/dates';
import { DutyStateTag } from './DutyStateTag';
import { LinkToStaffForm } from './LinkToStaffForm';
import { QualificationAchievedForm } from './QualificationAchievedForm';
import { QualificationChangeForm } from './QualificationChangeForm';
import { QualificationRemove } from './QualificationRemove';

const leftNote = (q: QualificationStatus) =>
  q.leftOn ? ` Left on ${formatIsoDate(q.leftOn)}, so no longer counted as due.` : '';

/** Each Level 3 or Level 5 deadline, with where it stands, the way to record it achieved, change or remove it. */
export function QualificationsSection({
  homeId,
  qualifications,
  editing,
  onEdit,
  onSaved,
}: {
  homeId: number;
  qualifications: QualificationStatus[];
  editing: string | null;
  onEdit: (ref: string | null) => void;
  onSaved: (message: string) => void;
}) {
  // Closing a form without saving puts the focus back on the button that opened it (it stays on the page).
  const backTo = (buttonId: string) => {
    onEdit(null);
    document.getElementById(buttonId)?.focus();
  };
  return (
    <section aria-labelledby="qualifications-heading">
      <h2 className="heading-m" id="qualifications-heading">
        Qualification deadlines
      </h2>
      {qualifications.length === 0 ? (
        <p>No one added yet.</p>
      ) : (
        <ul className="plain-list">
          {qualifications.map((q) => (
            <li key={q.id} className="long-text">
              <strong>{q.person}</strong>: Level {q.level}, started {formatIsoDate(q.startedOn)}, deadline{' '}
              {formatIsoDate(q.deadline)}
              {q.deferredTo &&
                ` (deferred from ${formatIsoDate(q.regulationDeadline)}: ${q.deferralReason})`}{' '}
              <DutyStateTag state={q.state} notRecorded="Not known yet: record it achieved or deferred" />
              {q.achievedOn && ` Achieved ${formatIsoDate(q.achievedOn)}.`}
              {!q.achievedOn && leftNote(q)}{' '}
              {editing === `q${q.id}` ? (
                <QualificationAchievedForm homeId={homeId} qualification={q} onSaved={onSaved} />
              ) : (
                <button type="button" className="button-link" onClick={() => onEdit(`q${q.id}`)}>
                  Record it achieved<span className="visually-hidden"> for {q.person}</span>
                </button>
              )}{' '}
              <button
                type="button"
                className="button-link"
                id={`qualification-${q.id}-change-button`}
                onClick={() => onEdit(`change${q.id}`)}
              >
                Change
                <span className="visually-hidden">
                  {' '}
                  {q.person}’s Level {q.level} deadline
                </span>
              </button>{' '}
              <button
                type="button"
                className="button-link"
                id={`qualification-${q.id}-remove-button`}
                onClick={() => onEdit(`remove${q.id}`)}
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  {q.person}’s Level {q.level} deadline
                </span>
              </button>
              {q.staffId === null && (
                <>
                  {' '}
                  <span className="hint">Name typed before the staff list.</span>{' '}
                  {editing === `link${q.id}` ? (
                    <LinkToStaffForm homeId={homeId} qualification={q} onSaved={onSaved} />
                  ) : (
                    <button type="button" className="button-link" onClick={() => onEdit(`link${q.id}`)}>
                      Choose them on the staff list<span className="visually-hidden"> for {q.person}</span>
                    </button>
                  )}
                </>
              )}
              {editing === `change${q.id}` && (
                <QualificationChangeForm
                  homeId={homeId}
                  qualification={q}
                  onSaved={onSaved}
                  onCancel={() => backTo(`qualification-${q.id}-change-button`)}
                />
              )}
              {editing === `remove${q.id}` && (
                <QualificationRemove
                  homeId={homeId}
                  qualification={q}
                  onRemoved={onSaved}
                  onCancel={() => backTo(`qualification-${q.id}-remove-button`)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
