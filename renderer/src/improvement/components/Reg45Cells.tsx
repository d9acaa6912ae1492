import type { Reg45Record } from '@contract/records';
import { formatIsoDate } from '@contract/rules/dates';
import { PLACING_AUTHORITY_LABELS, REG45_OFSTED_STATE_LABELS } from '@contract/record-labels';

/** The tag the screen colours a review's report-to-Ofsted state with. */
const OFSTED_TAG: Record<Reg45Record['ofstedState'], string> = {
  sent: 'ok',
  'sent-late': 'late',
  waiting: 'status-open',
  'due-soon': 'due-soon',
  late: 'late',
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
  const state = { label: REG45_OFSTED_STATE_LABELS[r.ofstedState], tag: OFSTED_TAG[r.ofstedState] };
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
        {PLACING_AUTHORITY_LABELS[r.placingAuthorities]}
        {r.placingAuthoritiesSentOn ? ` on ${formatIsoDate(r.placingAuthoritiesSentOn)}` : ''}
      </td>
    </>
  );
}
