import type { Rating } from '@contract/framework';
import type { RatingSheet } from '@contract/team-rating';
import { GRADE_WORDS } from '@contract/rules/team-rules';

const COLUMNS: Rating[] = [4, 3, 2, 1, 0];

interface Props {
  sheet: RatingSheet;
  idPrefix: string;
  values: Record<string, Rating>;
  onChange: (indicatorKey: string, rating: Rating) => void;
  errors: Record<string, string>;
}

/**
 * "Rate this domain in a table": one row per indicator, one column per grade and "Don't know". Each
 * row is a radio group, so Tab moves row to row and the arrow keys choose within a row.
 */
export function RatingTable({ sheet, idPrefix, values, onChange, errors }: Props) {
  return (
    <>
      {sheet.domains.map((domain) => (
        <div className="table-scroll rating-table" key={domain.key}>
          <table className="table">
            <caption className="heading-m">
              {domain.number}. {domain.title}
            </caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                {COLUMNS.map((r) => (
                  <th scope="col" key={r} className="rating-table__grade">
                    {GRADE_WORDS[r]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {domain.indicators.map((indicator) => {
                const name = `${idPrefix}-${indicator.key}`;
                const error = errors[indicator.key];
                return (
                  <tr key={indicator.key} className={error ? 'rating-table__row--error' : undefined}>
                    <th scope="row" id={`${name}-label`}>
                      <span className="rating-table__number">{indicator.number}</span> {indicator.statement}
                      {error && (
                        <span className="error-message" id={`${name}-error`}>
                          <span className="visually-hidden">Error:</span> {error}
                        </span>
                      )}
                    </th>
                    {COLUMNS.map((r) => (
                      <td key={r} className="rating-table__cell">
                        <input
                          type="radio"
                          className="rating-table__radio"
                          id={r === 4 ? name : `${name}-${r}`}
                          name={name}
                          checked={values[indicator.key] === r}
                          onChange={() => onChange(indicator.key, r)}
                          aria-label={`${indicator.number}: ${GRADE_WORDS[r]}`}
                          aria-describedby={error ? `${name}-error` : undefined}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

/** The indicators still without a rating, as messages by indicator key. */
export function missingRatings(sheet: RatingSheet, values: Record<string, Rating>): Record<string, string> {
  const missing: Record<string, string> = {};
  for (const d of sheet.domains) {
    for (const i of d.indicators) {
      if (values[i.key] === undefined) missing[i.key] = `Rate indicator ${i.number}, or choose “Don’t know”`;
    }
  }
  return missing;
}
