import type { Grade } from '@contract/framework';
import { quarterLabel } from '@contract/rules/quarters';
import { PrintFrame } from '../parts/PrintFrame';
import { furnitureFor } from '../lib/furniture';
import { useReportData } from '../lib/useReportData';
import type { ReportProps } from './reportProps';

const GRADES: Grade[] = [4, 3, 2, 1];
/** Short enough for a column heading; the full words are on the domain's descriptors. */
const GRADE_WORDS: Record<Grade, string> = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Requires improvement',
  1: 'Inadequate',
};

/**
 * For rating on paper in a team meeting: one domain per page, each indicator with a box per grade and
 * one for "Don't know". Slips carry no name: a person's own rating is never recorded.
 */
export function RatingSheets({ homeId, quarter }: ReportProps) {
  const data = useReportData(homeId, quarter, { review: false, framework: true });
  const { home, framework } = data;
  const period = quarterLabel(quarter);
  return (
    <PrintFrame
      report="rating-sheets"
      furniture={furnitureFor(home, 'rating-sheets', period)}
      loading={data.loading}
      error={data.error}
    >
      {home && framework && (
        <>
          <h1 className="visually-hidden">Rating sheets for {period}</h1>
          {framework.domains.map((domain) => (
            <section className="rating-sheet" key={domain.key} aria-labelledby={`sheet-${domain.key}`}>
              <p className="report-cover__caption">
                {home.name} · rating sheet for {period}
              </p>
              <h2 className="report-h2" id={`sheet-${domain.key}`}>
                {domain.number}. {domain.title}
              </h2>
              <p className="rating-sheet__how">
                Tick one box for each indicator. Tick &quot;Don&apos;t know&quot; if you have not seen enough
                to say. Do not write your name.
              </p>
              {/* Everyone rates against the same idea of each grade: what it looks like in this domain. */}
              <dl className="rating-sheet__grades">
                {GRADES.map((grade) => (
                  <div key={grade}>
                    <dt>{GRADE_WORDS[grade]}</dt>
                    <dd>{domain.grades[grade]}</dd>
                  </div>
                ))}
              </dl>
              <table className="report-table rating-sheet__table">
                <caption className="visually-hidden">
                  Indicators for domain {domain.number}, a box per grade
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    {GRADES.map((grade) => (
                      <th scope="col" key={grade} className="rating-sheet__grade">
                        {GRADE_WORDS[grade]}
                      </th>
                    ))}
                    <th scope="col" className="rating-sheet__grade">
                      Don&apos;t know
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {domain.indicators.map((indicator, i) => (
                    <tr key={indicator.key}>
                      <th scope="row" className="report-text">
                        {domain.number}.{i + 1} {indicator.statement}
                      </th>
                      {[...GRADES, 0].map((grade) => (
                        <td key={grade} className="rating-sheet__cell">
                          <span className="rating-box" aria-hidden="true" />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="rating-sheet__notes">What have you seen that makes you rate it so? (optional)</p>
            </section>
          ))}
        </>
      )}
    </PrintFrame>
  );
}
