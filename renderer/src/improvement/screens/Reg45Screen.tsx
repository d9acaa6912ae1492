import { useState } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { CsvButton } from '@shared/csv/CsvButton';
import { REG45_FILE } from '@shared/csv/inspectionFiles';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/rules/dates';
import { useImprovementList } from '../api/improvementApi';
import { Reg45Cells, Reg45HeadingCells } from '../components/Reg45Cells';
import { InspectionNav } from '../components/InspectionNav';
import { Loaded } from '../components/Loaded';
import { Reg45RecordForm } from '../components/Reg45RecordForm';

/** The six-monthly Reg 45 reviews, and whether each report went to Ofsted within 28 days. */
export function Reg45Screen() {
  usePageTitle('Reg 45 reviews');
  const { home } = useHome();
  const records = useImprovementList('reg45.records', home.id);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <div className="improvement-page">
      <PageHeading caption={home.name}>Reg 45 reviews</PageHeading>
      <InspectionNav />
      <p className="body-l">
        A review of the quality of care at least every six months. The report goes to Ofsted within 28 days of
        completing the review. A copy must be available to each placing authority on request; the Guide
        recommends sending one, and not sending one is no breach.
      </p>
      <CsvButton file={REG45_FILE} homeId={home.id} homeName={home.name} />
      <p>
        Hallmarks prepares a draft of the review from your records: choose its last quarter on{' '}
        <Link href="/reports">Reports</Link>, then write your own analysis and sign it off there.
      </p>
      {editing === null ? (
        <Reg45RecordForm homeId={home.id} onSaved={setMessage} />
      ) : (
        <Reg45RecordForm
          key={editing}
          homeId={home.id}
          record={records.data?.find((r) => r.id === editing)}
          onSaved={(m) => {
            setEditing(null);
            setMessage(m);
          }}
        />
      )}
      <p className="status-message" role="status">
        {message}
      </p>
      <Loaded query={records}>
        {(list) =>
          list.length === 0 ? (
            <p>No Reg 45 reviews recorded yet.</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <caption className="heading-m">Reg 45 reviews, newest first</caption>
                <thead>
                  <tr>
                    <Reg45HeadingCells />
                    <th scope="col">
                      <span className="visually-hidden">Change</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.id}>
                      <Reg45Cells record={r} tagged />
                      <td>
                        <button type="button" className="button-link" onClick={() => setEditing(r.id)}>
                          Change
                          <span className="visually-hidden">
                            {' '}
                            the review completed {formatIsoDate(r.completedOn)}
                          </span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </div>
  );
}
