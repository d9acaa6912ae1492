import { quarterLabel } from '@contract/rules/quarters';
import { movement } from '@contract/rules/trends';
import { GradeBadge, MovementText } from '@tracking';
import { PrintFrame } from '../parts/PrintFrame';
import { sccifRows } from '../parts/JudgementsTable';
import { furnitureFor, printedOn } from '../lib/furniture';
import { previousOverall } from '../lib/history';
import { shorten } from '../lib/shorten';
import { useRecordsData } from '../lib/useRecordsData';
import { useReportData } from '../lib/useReportData';
import { formatIsoDate } from '@contract/rules/dates';
import type { ReportProps } from './reportProps';

/** The soonest-due open actions that fit on the page with the rest. */
const ACTIONS_MAX = 3;

/**
 * One A4 side for the staff room: the quarter's judgements with their movement, the summary the manager
 * wrote for the wall (never the review's strengths and areas to improve, which may name a child) and who
 * is doing what. No child's details and no one's individual rating.
 */
export function StaffRoomPage({ homeId, quarter }: ReportProps) {
  const data = useReportData(homeId, quarter);
  const records = useRecordsData(homeId);
  const open = (records.actions ?? [])
    .filter((a) => a.status === 'open' || a.status === 'in_progress')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  const { home, review, framework, dashboard } = data;
  const period = quarterLabel(quarter);
  const unavailable =
    !data.loading && !review ? `There is no completed review for ${period} to summarise yet.` : null;
  return (
    <PrintFrame
      report="staff-room"
      furniture={furnitureFor(home, 'staff-room', period)}
      loading={data.loading || records.loading}
      error={data.error ?? records.error}
      unavailable={unavailable}
    >
      {home && review && framework && dashboard && (
        <div className="staff-room">
          <p className="report-cover__caption">
            {home.name} · printed on {printedOn()}
          </p>
          <h1 className="staff-room__title">How we are doing: {period}</h1>
          <table className="report-table staff-room__grades">
            <caption className="visually-hidden">
              Our judgements for {period}, with the movement since last quarter
            </caption>
            <thead>
              <tr>
                <th scope="col">Judgement or domain</th>
                <th scope="col">Grade</th>
                <th scope="col">Since last quarter</th>
              </tr>
            </thead>
            <tbody>
              {[
                // The three SCCIF judgements first (a version 2 review's overall is the first of them).
                ...(review.sccif
                  ? sccifRows(framework, review.sccif).map((r) => ({
                      key: r.key,
                      title: r.title,
                      now: r.current,
                      before: r.previous,
                    }))
                  : []),
                ...framework.domains.map((d) => {
                  const answer = review.domains.find((a) => a.key === d.key);
                  return {
                    key: d.key,
                    title: `${d.number}. ${d.title}`,
                    now: answer?.judgement ?? null,
                    before: answer?.previousJudgement ?? null,
                  };
                }),
                ...(review.sccif
                  ? []
                  : [
                      {
                        key: 'overall',
                        title: 'Overall',
                        now: review.overall,
                        before: previousOverall(dashboard.history, quarter),
                      },
                    ]),
              ].map((row) => {
                const moved = movement(row.before, row.now);
                return (
                  <tr
                    key={row.key}
                    className={row.key.startsWith('sccif-') ? 'staff-room__sccif' : undefined}
                  >
                    <th scope="row">{row.title}</th>
                    <td>
                      <GradeBadge grade={row.now} />
                    </td>
                    <td>{moved ? <MovementText movement={moved} /> : 'First review'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <section aria-labelledby="summary-title">
            <h2 className="staff-room__heading" id="summary-title">
              How the home is doing
            </h2>
            {review.staffRoomSummary.trim() ? (
              <p className="report-text">{review.staffRoomSummary}</p>
            ) : (
              <p>No staff-room summary was written for this quarter.</p>
            )}
          </section>
          <section aria-labelledby="owners-title">
            <h2 className="staff-room__heading" id="owners-title">
              Who is doing what
            </h2>
            {open.length === 0 ? (
              <p>No actions are open.</p>
            ) : (
              <ul className="staff-room__actions">
                {open.slice(0, ACTIONS_MAX).map((a) => (
                  <li key={a.id}>
                    <span className="report-text">{shorten(a.title, 90).text}</span>:{' '}
                    <span className="report-text">{a.owner || 'no owner yet'}</span>, by{' '}
                    {/* No "overdue" beside a colleague's name on the wall: that is for supervision. */}
                    {formatIsoDate(a.dueOn)}
                  </li>
                ))}
                {open.length > ACTIONS_MAX && (
                  <li>And {open.length - ACTIONS_MAX} more: the full list is in the action plan.</li>
                )}
              </ul>
            )}
          </section>
        </div>
      )}
    </PrintFrame>
  );
}
