import type { Triangulation, TriangulationRow } from '@contract/voice';
import { quarterLabel } from '@contract/rules/quarters';
import { triangulationSummary } from '@contract/rules/triangulation-words';
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
  if (data.quarter === null) return <p>{triangulationSummary(data)}</p>;
  return (
    <>
      <p>{triangulationSummary(data)}</p>
      <p className="hint">
        A review is compared with the surveys and views of its own quarter: answers given in a later quarter
        count towards that quarter’s review.
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
                      : data.surveyAnswers === 0
                        ? 'No survey answers yet'
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
