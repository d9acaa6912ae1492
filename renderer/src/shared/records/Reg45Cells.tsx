import type { Reg45Record } from '@contract/records';
import { formatIsoDate } from '@contract/dates';

/** Where a review's report to Ofsted stands: in words, and the tag the screen colours it with. */
const OFSTED_STATE: Record<Reg45Record['ofstedState'], { label: string; tag: string }> = {
  sent: { label: 'Sent in time', tag: 'ok' },
  'sent-late': { label: 'Sent late', tag: 'late' },
  waiting: { label: 'Not sent yet', tag: 'status-open' },
  'due-soon': { label: 'Send now', tag: 'due-soon' },
  late: { label: 'Late: not sent', tag: 'late' },
};

const PLACING: Record<Reg45Record['placingAuthorities'], string> = {
  unknown: 'Not recorded',
  sent: 'Sent',
  not_sent: 'Not sent',
};

/** The column headings of a table of Reg 45 reviews, in the order Reg45Cells fills them. */
export function Reg45HeadingCells() {
  return (
    <>
      <th scope="col">Completed</th>
      <th scope="col">Period</th>
      <th scope="col">Report to Ofsted</th>
      <th scope="col">Placing authorities</th>
    </>
  );
}

/**
 * One Reg 45 review's cells, the same on the Reg 45 screen and in the printed reports: when it was
 * completed (the row's heading), the period it covered, its report to Ofsted and to placing authorities.
 * On screen the Ofsted state is a coloured tag (`tagged`); on paper it is words.
 */
export function Reg45Cells({ record: r, tagged }: { record: Reg45Record; tagged: boolean }) {
  const state = OFSTED_STATE[r.ofstedState];
  return (
    <>
      <th scope="row">{formatIsoDate(r.completedOn)}</th>
      <td>
        {r.periodStart && r.periodEnd
          ? `${formatIsoDate(r.periodStart)} to ${formatIsoDate(r.periodEnd)}`
          : 'Not recorded'}
      </td>
      <td>
        {tagged ? <span className={`tag tag--${state.tag}`}>{state.label}</span> : state.label}{' '}
        {r.sentToOfstedOn
          ? `on ${formatIsoDate(r.sentToOfstedOn)}`
          : `(due by ${formatIsoDate(r.ofstedDeadline)})`}
      </td>
      <td>
        {PLACING[r.placingAuthorities]}
        {r.placingAuthoritiesSentOn ? ` on ${formatIsoDate(r.placingAuthoritiesSentOn)}` : ''}
      </td>
    </>
  );
}
