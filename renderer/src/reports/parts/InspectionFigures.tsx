import type { FiguresQuarter } from '../lib/inspectionFigures';
import { inspectionFiguresTable } from '../lib/inspectionFigures';

/**
 * The figures an inspection asks for that framework version 3 added, for the quarters given (one in the
 * quarterly review, up to eight in the inspection pack). Nothing prints where no quarter has any.
 */
export function InspectionFigures({ quarters, caption }: { quarters: FiguresQuarter[]; caption: string }) {
  const table = inspectionFiguresTable(quarters);
  if (!table) return null;
  return (
    <table
      className={`report-table inspection-figures${table.columns.length > 3 ? ' inspection-figures--many' : ''}`}
    >
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          {table.columns.map((c) => (
            <th scope="col" key={c.quarter} className="report-number">
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((value, i) => (
              <td key={table.columns[i]!.quarter} className="report-number">
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
