import { useId } from 'react';
import type { Reg45Record } from '@contract/records';
import { formatIsoDate } from '@contract/dates';
import { ScrollRegion } from '@tracking';

const OFSTED_STATE: Record<Reg45Record['ofstedState'], string> = {
  sent: 'Sent in time',
  'sent-late': 'Sent late',
  waiting: 'Not sent yet',
  'due-soon': 'Send now',
  late: 'Late: not sent',
};

const PLACING = { unknown: 'Not recorded', sent: 'Sent', not_sent: 'Not sent' };

/** The Reg 45 reviews recorded, newest first: period, completion, and where the report went. */
export function Reg45Records({ records, caption }: { records: Reg45Record[]; caption: string }) {
  const captionId = useId();
  if (records.length === 0) return <p>No Regulation 45 reviews are recorded in Hallmarks.</p>;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="report-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Completed</th>
            <th scope="col">Period</th>
            <th scope="col">Report to Ofsted</th>
            <th scope="col">Placing authorities</th>
          </tr>
        </thead>
        <tbody>
          {[...records]
            .sort((a, b) => b.completedOn.localeCompare(a.completedOn))
            .map((r) => (
              <tr key={r.id}>
                <th scope="row">{formatIsoDate(r.completedOn)}</th>
                <td>
                  {r.periodStart && r.periodEnd
                    ? `${formatIsoDate(r.periodStart)} to ${formatIsoDate(r.periodEnd)}`
                    : 'Not recorded'}
                </td>
                <td>
                  {OFSTED_STATE[r.ofstedState]}{' '}
                  {r.sentToOfstedOn
                    ? `on ${formatIsoDate(r.sentToOfstedOn)}`
                    : `(due by ${formatIsoDate(r.ofstedDeadline)})`}
                </td>
                <td>
                  {PLACING[r.placingAuthorities]}
                  {r.placingAuthoritiesSentOn ? ` on ${formatIsoDate(r.placingAuthoritiesSentOn)}` : ''}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
