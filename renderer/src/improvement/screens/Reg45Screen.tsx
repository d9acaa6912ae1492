import { useState } from 'react';
import { Link } from 'wouter';
import type { Reg45Record } from '@contract/records';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { formatIsoDate } from '@contract/dates';
import { useImprovementList } from '@shared/actions/improvementApi';
import { InspectionNav } from '../components/InspectionNav';
import { Loaded } from '../components/Loaded';
import { Reg45RecordForm } from '../components/Reg45RecordForm';

const OFSTED_STATE: Record<Reg45Record['ofstedState'], { label: string; tag: string }> = {
  sent: { label: 'Sent in time', tag: 'ok' },
  'sent-late': { label: 'Sent late', tag: 'late' },
  waiting: { label: 'Not sent yet', tag: 'status-open' },
  'due-soon': { label: 'Send now', tag: 'due-soon' },
  late: { label: 'Late: not sent', tag: 'late' },
};

const PLACING = { unknown: 'Not recorded', sent: 'Sent', not_sent: 'Not sent' };

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
        completing the review, and to placing authorities.
      </p>
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
                    <th scope="col">Completed</th>
                    <th scope="col">Period</th>
                    <th scope="col">Report to Ofsted</th>
                    <th scope="col">Placing authorities</th>
                    <th scope="col">
                      <span className="visually-hidden">Change</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">{formatIsoDate(r.completedOn)}</th>
                      <td>
                        {r.periodStart && r.periodEnd
                          ? `${formatIsoDate(r.periodStart)} to ${formatIsoDate(r.periodEnd)}`
                          : 'Not recorded'}
                      </td>
                      <td>
                        <span className={`tag tag--${OFSTED_STATE[r.ofstedState].tag}`}>
                          {OFSTED_STATE[r.ofstedState].label}
                        </span>{' '}
                        {r.sentToOfstedOn
                          ? `on ${formatIsoDate(r.sentToOfstedOn)}`
                          : `due by ${formatIsoDate(r.ofstedDeadline)}`}
                      </td>
                      <td>
                        {PLACING[r.placingAuthorities]}
                        {r.placingAuthoritiesSentOn ? ` on ${formatIsoDate(r.placingAuthoritiesSentOn)}` : ''}
                      </td>
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
