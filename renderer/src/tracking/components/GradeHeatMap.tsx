import type { DashboardData } from '@contract/dashboard';
import { gradeSeries } from '../lib/series';
import { quarterLabel } from '@contract/rules/quarters';
import { shortQuarter } from '../lib/quarterText';
import { GradeBadge } from './GradeBadge';
import { pickSccif, SCCIF_ROWS } from '../lib/sccifRows';
import { ScrollRegion } from '@shared/ui/ScrollRegion';

/**
 * Domains down the side, quarters across: a real table, so it is read cell by cell, prints cleanly and
 * is the text version of the trend charts. Each cell shows the grade's letters; the fill repeats them.
 */
export function GradeHeatMap({
  data,
  inspected,
}: {
  data: DashboardData;
  /** Quarters in which Ofsted inspected: marked "Ofsted" under the quarter (the inspection pack). */
  inspected?: ReadonlySet<string>;
}) {
  const rows = [
    ...SCCIF_ROWS.map((r) => ({ key: `sccif-${r.area}`, title: r.title, pick: pickSccif(r.area) })),
    ...data.domains.map((d) => ({
      key: d.key,
      title: `${d.number}. ${d.title}`,
      pick: (p: DashboardData['history'][number]) => p.judgements[d.key] ?? null,
    })),
    { key: 'overall', title: 'Overall judgement', pick: (p: DashboardData['history'][number]) => p.overall },
  ];
  const quarters = gradeSeries(data.history, () => null).map((p) => p.quarter);
  const reviewed = new Set(data.history.map((p) => p.quarter));
  const beforeV2 = new Set(data.history.filter((p) => p.sccif === null).map((p) => p.quarter));
  return (
    <ScrollRegion labelledBy="heat-map-caption" startAtEnd>
      <table className="heat-map">
        <caption className="visually-hidden" id="heat-map-caption">
          Judgements by quarter, oldest on the left
        </caption>
        <thead>
          <tr>
            <th scope="col">Judgement</th>
            {quarters.map((q) => (
              <th scope="col" key={q} className="heat-map__quarter">
                <abbr title={quarterLabel(q)}>{shortQuarter(q)}</abbr>
                {inspected?.has(q) && <span className="heat-map__inspected">Ofsted</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-domain={row.key}
              className={
                row.key === 'overall'
                  ? 'heat-map__overall'
                  : row.key.startsWith('sccif-')
                    ? 'heat-map__sccif'
                    : undefined
              }
            >
              <th scope="row">{row.title}</th>
              {gradeSeries(data.history, row.pick).map((p) => (
                <td key={p.quarter} className="heat-map__cell">
                  {row.key.startsWith('sccif-') && beforeV2.has(p.quarter) ? (
                    <span className="heat-map__none">
                      Not recorded<span className="visually-hidden"> (made before version 2)</span>
                    </span>
                  ) : reviewed.has(p.quarter) ? (
                    <GradeBadge grade={p.grade} short />
                  ) : (
                    <span className="heat-map__none">No review</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
