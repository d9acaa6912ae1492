import { useState } from 'react';
import { WITHOUT_DELAY_NOTE } from '@contract/rules/notice-timing';
import { quarterLabel } from '@contract/rules/quarters';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { CsvButton } from '@shared/csv/CsvButton';
import { NOTIFICATIONS_FILE } from '@shared/csv/inspectionFiles';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useImprovementList } from '../api/improvementApi';
import { InspectionNav } from '../components/InspectionNav';
import { Loaded } from '../components/Loaded';
import { NotificationCard } from '../components/NotificationCard';
import { NotificationForm } from '../components/NotificationForm';

/** The notifications log: Regulation 40 serious events and Regulation 48 and 49 notices, who was told and when. */
export function NotificationsScreen() {
  usePageTitle('Notifications log');
  const { home } = useHome();
  const overview = useImprovementList('notifications.list', home.id);
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState<{ id: number; what: 'told' | 'remove' } | null>(null);

  return (
    <div className="improvement-page">
      <PageHeading caption={home.name}>Notifications log</PageHeading>
      <InspectionNav />
      <p className="body-l">
        Record each serious event you notify under Regulation 40, and each notice under Regulation 48 (the
        manager’s absence) or Regulation 49 (a change of manager or provider): what happened, when, and
        everyone you told, with when.
      </p>
      <CsvButton file={NOTIFICATIONS_FILE} homeId={home.id} homeName={home.name} />
      <p>{WITHOUT_DELAY_NOTE}</p>
      <Loaded query={overview}>
        {(data) => (
          <>
            <NotificationForm homeId={home.id} onSaved={setMessage} />
            <p className="status-message" role="status">
              {message}
            </p>
            {data.quarters.length > 0 && (
              <section aria-labelledby="notice-figures">
                <h2 className="heading-m" id="notice-figures">
                  Regulation 40 notifications by quarter
                </h2>
                <p>
                  Counted from this log by the quarter of the event’s date, from{' '}
                  {quarterLabel(data.countedFrom!)} (the log’s earliest entry) on. These are the figures the
                  quarterly figures, the dashboard and the reports show; figures typed for earlier quarters
                  stay as they were.
                </p>
                <div className="table-scroll">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">Quarter</th>
                        <th scope="col">Regulation 40 events</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.quarters.map((q) => (
                        <tr key={q.quarter}>
                          <th scope="row">{quarterLabel(q.quarter)}</th>
                          <td>{q.reg40}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}
            <h2 className="heading-m">Entries, newest first</h2>
            {data.entries.length === 0 && <p>No entries yet.</p>}
            <div className="record-list">
              {data.entries.map((e) => (
                <NotificationCard
                  key={e.id}
                  homeId={home.id}
                  entry={e}
                  open={open?.id === e.id ? open.what : null}
                  onOpen={(what) => setOpen(what ? { id: e.id, what } : null)}
                  onSaved={setMessage}
                />
              ))}
            </div>
          </>
        )}
      </Loaded>
    </div>
  );
}
