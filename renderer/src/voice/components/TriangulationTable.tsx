import type { Triangulation } from '@contract/voice';
import { quarterLabel } from '@contract/quarters';
import { gradeWords, onGradeLineText } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';

/** Per hallmark: the manager's judgement, the team's, and the young people's answers, with flags. */
export function TriangulationTable({ data }: { data: Triangulation }) {
  const { title } = useHallmarks();
  if (data.quarter === null) {
    return <p>No young people have answered a survey yet, so there is nothing to compare.</p>;
  }
  const flagged = data.rows.filter((r) => r.flagged).length;
  return (
    <>
      <p>
        {flagged === 0
          ? `No hallmark differs by more than ${data.margin} grade${data.margin === 1 ? '' : 's'} in ${quarterLabel(data.quarter)}.`
          : `${flagged} ${flagged === 1 ? 'hallmark differs' : 'hallmarks differ'} by more than ${data.margin} grade${data.margin === 1 ? '' : 's'} in ${quarterLabel(data.quarter)}: look at what the young people see that you may not.`}
      </p>
      {!data.teamAvailable && (
        <p className="hint">
          The staff team’s ratings will appear here once team meetings are part of Hallmarks.
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Views side by side">
        <table className="table">
          <caption className="heading-s">Views side by side, {quarterLabel(data.quarter)}</caption>
          <thead>
            <tr>
              <th scope="col">Hallmark</th>
              <th scope="col">Your judgement</th>
              <th scope="col">Young people</th>
              <th scope="col">Differ?</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.domainKey}>
                <th scope="row">{title(r.domainKey)}</th>
                <td>{r.manager === null ? 'Not judged' : gradeWords(r.manager)}</td>
                <td>
                  {r.youngPeople !== null
                    ? onGradeLineText(r.youngPeople)
                    : r.youngPeopleHidden
                      ? 'Hidden: too few answers'
                      : 'No questions answered'}
                </td>
                <td>
                  {r.flagged ? (
                    <span className="tag tag--late">Differ by {r.gap}</span>
                  ) : (
                    <span>{r.manager !== null && r.youngPeople !== null ? 'No' : '–'}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
