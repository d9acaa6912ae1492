import { useQuery } from '@tanstack/react-query';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { formatIsoDate, formatTimestampDate } from '@contract/rules/dates';
import { quarterLabel } from '@contract/rules/quarters';
import { hubApi } from './hubFetch';
import { HomeRecords } from './HomeRecords';
import { JUDGEMENT_KEY, JudgementCells } from './JudgementCells';
import { Problem } from './Problem';

const STATUS_WORDS: Record<string, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** One home: every published quarter's judgements, and its actions (not shown to commissioners). */
export function HomeHistoryPage({ id }: { id: string }) {
  const history = useQuery({ queryKey: ['home', id], queryFn: () => hubApi.home(id) });
  if (history.error) return <Problem error={history.error} />;
  if (!history.data) return <p role="status">Loading…</p>;
  const { home, reviews, actions } = history.data;
  return (
    <>
      <h1 className="heading-xl">{home.name}</h1>
      {home.revokedAt && (
        <div className="notice" role="note">
          <p className="notice__title">
            This home’s connection was revoked on {formatTimestampDate(home.revokedAt)}.
          </p>
          <p>Nothing new arrives from it. What is shown here is what it sent before then.</p>
        </div>
      )}
      <h2 className="heading-l">Reviews</h2>
      <p>{JUDGEMENT_KEY}.</p>
      <ScrollRegion labelledBy="home-history-table-1">
        <table className="data-table">
          <caption className="visually-hidden" id="home-history-table-1">
            Reviews by quarter
          </caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Judgements</th>
              <th scope="col">Signed off</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => (
              <tr key={r.quarter}>
                <td>{quarterLabel(r.quarter)}</td>
                <td>
                  <JudgementCells judgements={r} />
                </td>
                <td>
                  {r.status === 'reopened'
                    ? 'Reopened by the home'
                    : r.signedOn
                      ? formatIsoDate(r.signedOn)
                      : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {actions.length > 0 && (
        <>
          <h2 className="heading-l">Actions</h2>
          <ScrollRegion labelledBy="home-history-table-2">
            <table className="data-table">
              <caption className="visually-hidden" id="home-history-table-2">
                The home’s actions
              </caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.ref}>
                    <td>{a.title}</td>
                    <td>{a.owner}</td>
                    <td>{formatIsoDate(a.dueOn)}</td>
                    <td>{STATUS_WORDS[a.status] ?? a.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      <HomeRecords data={history.data} />
    </>
  );
}
