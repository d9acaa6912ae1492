import { useState } from 'react';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/rules/dates';
import { useImprovementList } from '../api/improvementApi';
import { AppraisalsSection } from '../components/AppraisalsSection';
import { DutyDateForm, OwnDutyForm } from '../components/DutyForms';
import { DutyStateTag } from '../components/DutyStateTag';
import { InspectionNav } from '../components/InspectionNav';
import { Loaded } from '../components/Loaded';
import { QualificationForm } from '../components/QualificationForm';
import { QualificationsSection } from '../components/QualificationsSection';
import { StaffChecksSection } from '../components/StaffChecksSection';

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
                    <DutyStateTag state={d.state} />{' '}
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
            {data.staffChecks.length > 0 && (
              <StaffChecksSection
                homeId={home.id}
                checks={data.staffChecks}
                editing={editing}
                onEdit={setEditing}
                onSaved={saved}
              />
            )}
            <QualificationsSection
              homeId={home.id}
              qualifications={data.qualifications}
              editing={editing}
              onEdit={setEditing}
              onSaved={saved}
            />
            <QualificationForm homeId={home.id} onSaved={setMessage} />
            <OwnDutyForm homeId={home.id} onSaved={setMessage} />
          </>
        )}
      </Loaded>
    </div>
  );
}
