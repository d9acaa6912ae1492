import { useId } from 'react';
import type { DashboardData, HistoryPoint } from '@contract/dashboard';
import type { Grade } from '@contract/framework';
import { periodWords, quarterLabel } from '@contract/rules/quarters';
import { stepChanges } from '@contract/rules/reg45-standards';
import { GradeBadge, pickSccif, SCCIF_ROWS, ScrollRegion } from '@tracking';

interface Props {
  dashboard: DashboardData;
  /** The quarter before the period, then the period's quarters, oldest first. */
  quarters: string[];
}

/** Each judgement in every quarter of a period and the one before, with the movement across the period. */
export function PeriodJudgements({ dashboard, quarters }: Props) {
  const captionId = useId();
  const points = quarters.map((q) => dashboard.history.find((p) => p.quarter === q));
  // From version 2 the overall is the overall experiences and progress judgement, the first row: a second
  // "Overall judgement" row would repeat it under another name. It is kept while a version 1 review shows.
  const v1Shown = points.some((p) => p !== undefined && p.sccif === null);
  const rows = [
    ...SCCIF_ROWS.map((r) => ({ key: r.area, title: r.title, pick: pickSccif(r.area), sccif: true })),
    ...dashboard.domains.map((d) => ({
      key: d.key,
      title: `${d.number}. ${d.title}`,
      pick: (p: HistoryPoint): Grade | null => p.judgements[d.key] ?? null,
      sccif: false,
    })),
    ...(v1Shown
      ? [{ key: 'overall', title: 'Overall judgement', pick: (p: HistoryPoint) => p.overall, sccif: false }]
      : []),
  ];
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="report-table period-table">
        <caption id={captionId}>
          Judgements by quarter, {periodWords(quarters[0]!, quarters.at(-1)!)}, and each change between them
        </caption>
        <thead>
          <tr>
            <th scope="col">Judgement</th>
            {quarters.map((q) => (
              <th scope="col" key={q}>
                {quarterLabel(q)}
              </th>
            ))}
            <th scope="col">Movement</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const grades = points.map((p) => (p ? row.pick(p) : null));
            // Every step named: a dip and recovery is never "Sustained".
            const changes = stepChanges(quarters.map((q, i) => ({ quarter: q, grade: grades[i] ?? null })));
            return (
              <tr key={row.key}>
                <th scope="row">{row.title}</th>
                {points.map((p, i) => (
                  <td key={quarters[i]}>
                    {!p ? (
                      'No review'
                    ) : row.sccif && p.sccif === null ? (
                      'Not recorded (made before version 2)'
                    ) : (
                      <GradeBadge grade={grades[i] ?? null} />
                    )}
                  </td>
                ))}
                <td>{changes}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
