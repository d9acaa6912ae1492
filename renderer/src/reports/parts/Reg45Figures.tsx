import type { QuarterMetrics } from '@contract/tracking';
import { quarterLabel } from '@contract/rules/quarters';
import { METRICS } from '@contract/rules/metrics';
import { formatMetric, metricSeries } from '@tracking';

/**
 * The figures Reg 45's safety and staffing analysis asks about, grouped as the report discusses them.
 * Keys are the app's figures (contract/rules/metrics.ts); a figure not entered prints "Not entered".
 */
const GROUPS: { title: string; keys: string[]; note?: string }[] = [
  { title: 'Missing from care', keys: ['missing', 'missingPerChild', 'returnInterviews'] },
  {
    title: 'Exploitation',
    keys: [],
    note: 'Hallmarks keeps no figure for exploitation concerns: give them in the analysis.',
  },
  { title: 'Restraint', keys: ['restraint', 'restraintChildren', 'restraintDebriefed', 'restraintRate'] },
  { title: 'Complaints', keys: ['complaints', 'complaintsUpheld'] },
  { title: 'Regulation 40 notifications', keys: ['reg40'] },
  { title: 'Education', keys: ['attendance'] },
  { title: 'Staffing', keys: ['turnover', 'stability', 'agencyShare', 'vacancy'] },
];

/**
 * Each group of figures, every quarter of the period beside the one before it, then ruled space for the
 * registered person's analysis of that group: a figure needs its "so what".
 */
export function Reg45Figures({ metrics, quarters }: { metrics: QuarterMetrics[]; quarters: string[] }) {
  const shown = quarters.map((q) => metrics.find((m) => m.quarter === q) ?? { quarter: q, values: {} });
  return (
    <>
      {GROUPS.map((group) => (
        <div className="report-record" key={group.title}>
          <h3 className="report-h3">{group.title}</h3>
          {group.note && <p>{group.note}</p>}
          {group.keys.length > 0 && (
            <table className="report-table figures-by-quarter">
              <caption className="visually-hidden">{group.title}, by quarter</caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  {quarters.map((q) => (
                    <th scope="col" key={q} className="report-number">
                      {quarterLabel(q)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.keys
                  .flatMap((key) => METRICS.filter((m) => m.key === key))
                  .map((metric) => {
                    const points = metricSeries(metric, shown, metrics);
                    return (
                      <tr key={metric.key}>
                        <th scope="row">{metric.label}</th>
                        {points.map((p) => (
                          <td key={p.quarter} className="report-number">
                            {p.value === null ? 'Not entered' : formatMetric(p.value, metric.unit)}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          )}
          <p className="report-h4">The registered person&apos;s analysis</p>
          <div className="report-write-space" aria-hidden="true" />
        </div>
      ))}
    </>
  );
}
