import { formatIsoDate } from '@contract/rules/dates';
import { quarterLabel } from '@contract/rules/quarters';
import type { GroupViews } from '../lib/viewsSummary';

/** The four groups' views over the pack, one row each; young people's own words are never printed. */
export function ViewsSummary({ rows }: { rows: GroupViews[] }) {
  return (
    <>
      <table className="report-table views-summary">
        <caption>The views of the four groups of Regulation 45(5) in this pack’s period</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Recorded</th>
            <th scope="col">Latest</th>
            <th scope="col">The latest said</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.group}>
              <th scope="row">{r.title}</th>
              <td>{r.count}</td>
              <td>
                {r.latest === null
                  ? 'None'
                  : r.group === 'children'
                    ? quarterLabel(r.latest)
                    : formatIsoDate(r.latest)}
              </td>
              <td className="report-text">
                {r.group === 'children'
                  ? 'Survey figures are in the Reg 45 report.'
                  : (r.said ?? 'Nothing recorded.')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">
        Young people’s written comments are not printed: they are for the registered manager.
      </p>
    </>
  );
}
