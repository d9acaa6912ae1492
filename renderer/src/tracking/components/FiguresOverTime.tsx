import type { DashboardData } from '@contract/dashboard';
import { METRICS } from '@contract/rules/metrics';
import { quarterLabel } from '@contract/rules/quarters';
import { formatCompact, metricSeries, unitHeading } from '../lib/metricValues';
import { shortQuarter } from '../lib/quarterText';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { Sparkline } from './Sparkline';

/** Every rate across the last eight quarters with figures, as a table with a small line beside each. */
export function FiguresOverTime({ metrics }: { metrics: DashboardData['metrics'] }) {
  const recent = metrics.slice(-8);
  return (
    <section className="section tracking-section" aria-labelledby="over-time-title">
      <h2 className="heading-l" id="over-time-title">
        Figures over time
      </h2>
      {recent.length === 0 ? (
        <p>Once you save a quarter&apos;s figures, each rate shows here quarter by quarter.</p>
      ) : (
        <ScrollRegion labelledBy="over-time-title" startAtEnd>
          <table className="data-table figures-table">
            <caption className="visually-hidden">Each rate by quarter, oldest on the left</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                {recent.map((m) => (
                  <th scope="col" key={m.quarter} className="data-table__number">
                    <abbr title={quarterLabel(m.quarter)}>{shortQuarter(m.quarter)}</abbr>
                  </th>
                ))}
                <th scope="col" className="data-table__trend">
                  Trend
                </th>
              </tr>
            </thead>
            <tbody>
              {METRICS.map((metric) => {
                const points = metricSeries(metric, recent, metrics);
                const unit = unitHeading(metric.unit);
                return (
                  <tr key={metric.key}>
                    <th scope="row">
                      {metric.label}
                      {unit && !metric.label.includes(unit) && (
                        <span className="data-table__unit">{unit}</span>
                      )}
                    </th>
                    {points.map((p) => (
                      <td key={p.quarter} className="data-table__number">
                        {p.value === null ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">Not recorded</span>
                          </>
                        ) : (
                          formatCompact(p.value, metric.unit)
                        )}
                      </td>
                    ))}
                    <td className="data-table__trend">
                      <Sparkline points={points} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
