import type { HistoryPoint } from '@contract/dashboard';
import type { Grade } from '@contract/framework';
import { stability, streaks } from '@contract/rules/trends';
import { useId } from 'react';
import { GradeBadge, gradeSeries, ScrollRegion } from '@tracking';

interface Row {
  key: string;
  title: string;
  pick: (p: HistoryPoint) => Grade | null;
}

/** For each domain: the latest judgement, how long it has held Good or better, and how often it changed. */
export function StreaksTable({
  rows,
  history,
  quarter,
}: {
  rows: Row[];
  history: HistoryPoint[];
  quarter: string;
}) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="report-table streaks-table">
        <caption id={captionId}>
          Quarters in a row up to the latest review, and grade changes over the quarters in this pack
        </caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Latest</th>
            <th scope="col" className="report-number">
              Good or better in a row
            </th>
            <th scope="col" className="report-number">
              Outstanding in a row
            </th>
            <th scope="col" className="report-number">
              Changes of grade
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const points = gradeSeries(history, row.pick);
            const run = streaks(points);
            const steady = stability(points, quarter);
            return (
              <tr key={row.key}>
                <th scope="row">{row.title}</th>
                <td>
                  <GradeBadge grade={history.length ? row.pick(history.at(-1)!) : null} />
                </td>
                <td className="report-number">{run.goodOrBetter}</td>
                <td className="report-number">{run.outstanding}</td>
                <td className="report-number">
                  {steady.changes} in {steady.reviews} {steady.reviews === 1 ? 'review' : 'reviews'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
