import { useState } from 'react';
import type { QualificationStatus } from '@contract/duties';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/dates';
import { useImprovementList } from '@shared/actions/improvementApi';
import { AppraisalsSection } from '../components/AppraisalsSection';
import { DutyDateForm, OwnDutyForm } from '../components/DutyForms';
import { DutyStateTag as StateTag } from '../components/DutyStateTag';
import { InspectionNav } from '../components/InspectionNav';
import { Loaded } from '../components/Loaded';
import { QualificationAchievedForm } from '../components/QualificationAchievedForm';
import { QualificationForm } from '../components/QualificationForm';

const leftNote = (q: QualificationStatus) =>
  q.leftOn ? ` Left on ${formatIsoDate(q.leftOn)}, so no longer counted as due.` : '';

/** The calendar of recurring duties and qualification deadlines, with what is due soon or late. */
export function CalendarScreen() {
  usePageTitle('Dates that must not slip');
  const { home } = useHome();
  const overview = useImprovementList('duties.overview', home.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const saved = (m: string) => {
    setEditing(null);
    setMessage(m);
  };
  return (
    <div className="improvement-page">
      <PageHeading caption={home.name}>Dates that must not slip</PageHeading>
      <InspectionNav />
      <p className="body-l">
        Reviews and deadlines that come round every year or so. The dashboard warns you 30 days before each is
        due and again when it is late.
      </p>
      <p className="status-message" role="status">
        {message}
      </p>
      <Loaded query={overview}>
        {(data) => (
          <>
            <ul className="record-list plain-list" aria-label="Recurring duties">
              {data.duties.map((d) => (
                <li className="card record-card" key={d.ref}>
                  <h2 className="heading-s">{d.title}</h2>
                  {d.basis && <p className="hint">{d.basis}</p>}
                  <p>
                    <StateTag state={d.state} />{' '}
                    {d.lastDoneOn ? `Last done ${formatIsoDate(d.lastDoneOn)}. ` : ''}
                    {d.nextDueOn ? `Next due ${formatIsoDate(d.nextDueOn)}.` : ''}
                    {d.everyMonths ? ` Every ${d.everyMonths} months.` : ''}
                  </p>
                  {editing === d.ref ? (
                    <DutyDateForm homeId={home.id} duty={d} onSaved={saved} />
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setEditing(d.ref)}
                    >
                      Record dates<span className="visually-hidden"> for {d.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {data.appraisals.length > 0 && (
              <AppraisalsSection
                homeId={home.id}
                appraisals={data.appraisals}
                editing={editing}
                onEdit={setEditing}
                onSaved={saved}
              />
            )}
            <section aria-labelledby="qualifications-heading">
              <h2 className="heading-m" id="qualifications-heading">
                Qualification deadlines
              </h2>
              {data.qualifications.length === 0 ? (
                <p>No one added yet.</p>
              ) : (
                <ul className="plain-list">
                  {data.qualifications.map((q) => (
                    <li key={q.id} className="long-text">
                      <strong>{q.person}</strong>: Level {q.level}, started {formatIsoDate(q.startedOn)},
                      deadline {formatIsoDate(q.deadline)} <StateTag state={q.state} />
                      {q.achievedOn && ` Achieved ${formatIsoDate(q.achievedOn)}.`}
                      {!q.achievedOn && leftNote(q)}{' '}
                      {editing === `q${q.id}` ? (
                        <QualificationAchievedForm homeId={home.id} qualification={q} onSaved={saved} />
                      ) : (
                        <button type="button" className="button-link" onClick={() => setEditing(`q${q.id}`)}>
                          Record it achieved<span className="visually-hidden"> for {q.person}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <QualificationForm homeId={home.id} onSaved={setMessage} />
            <OwnDutyForm homeId={home.id} onSaved={setMessage} />
          </>
        )}
      </Loaded>
    </div>
  );
}
