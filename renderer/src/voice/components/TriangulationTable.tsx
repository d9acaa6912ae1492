import type { Triangulation, TriangulationRow } from '@contract/voice';
import { quarterLabel } from '@contract/rules/quarters';
import { betweenWords, gradeWords, onGradeLineText } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';

function teamText(r: TriangulationRow, minRaters: number): string {
  if (r.team !== null) return onGradeLineText(r.team);
  if (r.teamStillRating) return 'Staff still rating';
  if (r.teamHidden) return `Fewer than ${minRaters} staff rated`;
  if (r.teamRaters > 0) return 'Staff said they don’t know';
  return 'Not rated by staff';
}

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
          : `${flagged} ${flagged === 1 ? 'hallmark differs' : 'hallmarks differ'} by more than ${data.margin} grade${data.margin === 1 ? '' : 's'} in ${quarterLabel(data.quarter)}: look at what each sees that the others may not.`}
      </p>
      <p className="hint">
        The staff team’s column is the average of the grades staff gave the hallmark’s indicators when they
        rated in private for the review. It shows only when {data.teamMinRaters} or more staff rated.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Views side by side">
        <table className="table triangulation-table">
          <caption className="heading-s">Views side by side, {quarterLabel(data.quarter)}</caption>
          <thead>
            <tr>
              <th scope="col">Hallmark</th>
              <th scope="col">Your judgement</th>
              <th scope="col">Staff team</th>
              <th scope="col">Young people</th>
              <th scope="col">Differ?</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.domainKey}>
                <th scope="row">{title(r.domainKey)}</th>
                <td>{r.manager === null ? 'Not judged' : gradeWords(r.manager)}</td>
                <td>{teamText(r, data.teamMinRaters)}</td>
                <td>
                  {r.youngPeople !== null
                    ? onGradeLineText(r.youngPeople)
                    : r.youngPeopleHidden
                      ? 'Hidden: too few answers'
                      : 'No questions answered'}
                </td>
                <td>
                  {r.flagged ? (
                    <>
                      <span className="tag tag--late">Differ by {r.gap}</span>
                      {r.between && <span className="hint"> ({betweenWords(r.between)})</span>}
                    </>
                  ) : (
                    <span>{r.between !== null ? 'No' : '–'}</span>
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
