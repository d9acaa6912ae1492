import type { HistoryPoint } from '@contract/dashboard';
import { periodWords, quarterDates, quarterLabel } from '@contract/rules/quarters';
import { formatIsoDate, quarterOfIso } from '@contract/rules/dates';
import {
  FiguresOverTime,
  GradeBadge,
  GradeHeatMap,
  GradeLegend,
  gradeSeries,
  pickSccif,
  SCCIF_ROWS,
} from '@tracking';
import { GradeTrendChart } from '@tracking/charts';
import { PrintFrame } from '../parts/PrintFrame';
import { ReportCover } from '../parts/ReportCover';
import { PackRecords } from '../parts/PackRecords';
import { StreaksTable } from '../parts/StreaksTable';
import { furnitureFor } from '../lib/furniture';
import { windowTo } from '../lib/history';
import { recordsUntil } from '../lib/actionGroups';
import { OverdueNow } from '../parts/OverdueNow';
import { useRecordsData } from '../lib/useRecordsData';
import { useReportData } from '../lib/useReportData';
import { useVoiceData } from '../lib/useVoiceData';
import { viewsSummary } from '../lib/viewsSummary';
import { ComplianceCalendar } from '../parts/ComplianceCalendar';
import { ViewsSummary } from '../parts/ViewsSummary';
import { SccifReason } from '../parts/SccifReason';
import { InspectionFigures } from '../parts/InspectionFigures';
import { useImprovementList } from '@improvement/api';
import type { ReportProps } from './reportProps';

/** Inspectors look back over the last two years: eight quarters. */
export const PACK_QUARTERS = 8;

/**
 * A trend chart's column when the pack is laid out at A4's width (A4_VIEWPORT, 794 px, as every PDF
 * route opens it): the page's 10 px and the sheet's 1 px border and 15 px padding each side, then two
 * columns with a 20 px gap. The charts draw at it first, so the PDF needs no second draw once they are
 * measured; in a window of another width they are measured and drawn again at their own width.
 */
const A4_CHART_WIDTH = (794 - 2 * (10 + 1 + 15) - 20) / 2;

/**
 * The home over the last eight quarters up to the one chosen: judgements over time (the quarters Ofsted
 * inspected marked), the reasons for the latest three judgements, streaks and stability, the figures with
 * their trends, then the actions, Reg 44 visits, Reg 45 reviews and inspections, the four groups' views and
 * the compliance calendar.
 */
export function InspectionPack({ homeId, quarter }: ReportProps) {
  // The quarter's review for the reasons behind its three judgements; the framework's words are not needed.
  const data = useReportData(homeId, quarter, { review: true, framework: false });
  const voice = useVoiceData(homeId);
  const duties = useImprovementList('duties.overview', homeId);
  const { home, dashboard } = data;
  const history = dashboard ? windowTo(dashboard.history, quarter, PACK_QUARTERS) : [];
  const metrics = dashboard ? windowTo(dashboard.metrics, quarter, PACK_QUARTERS) : [];
  const first = history[0]?.quarter;
  const period = periodWords(first ?? quarter, quarter);
  const unavailable =
    !data.loading && history.length === 0
      ? `There are no completed reviews up to ${quarterLabel(quarter)}.`
      : null;
  const rows = dashboard
    ? [
        ...SCCIF_ROWS.map((r) => ({ key: `sccif-${r.area}`, title: r.title, pick: pickSccif(r.area) })),
        ...dashboard.domains.map((d) => ({
          key: d.key,
          title: `${d.number}. ${d.title}`,
          pick: (p: HistoryPoint) => p.judgements[d.key] ?? null,
        })),
        { key: 'overall', title: 'Overall judgement', pick: (p: HistoryPoint) => p.overall },
      ]
    : [];
  const records = useRecordsData(homeId);
  const start = quarterDates(first ?? quarter).start;
  // Records up to the day it is printed (within the next six months); the reviews keep their quarters.
  const end = records.today ? recordsUntil(quarter, records.today) : quarterDates(quarter).end;
  const inspected = new Set(
    (records.ofsted?.inspections ?? [])
      .map((i) => i.inspectedOn)
      .filter((on) => on >= start && on <= end)
      .map(quarterOfIso),
  );
  const review = data.review;
  return (
    <PrintFrame
      report="inspection-pack"
      furniture={furnitureFor(home, 'inspection-pack', period)}
      loading={data.loading || records.loading || voice.loading || duties.isPending}
      error={data.error ?? records.error ?? voice.error ?? duties.error}
      unavailable={unavailable}
    >
      {home && dashboard && (
        <div className="report-numbered">
          <ReportCover
            home={home}
            title="Inspection pack"
            period={period}
            facts={[
              ['Reviews in this pack', String(history.length)],
              ['Records up to', formatIsoDate(end)],
            ]}
          />
          {records.today && records.actions && records.reg44 && records.ofsted && (
            <OverdueNow
              today={records.today}
              visits={records.reg44.visits}
              inspections={records.ofsted.inspections}
              actions={records.actions}
            />
          )}
          <section className="report-section" aria-labelledby="over-time-heading">
            <h2 className="report-h2" id="over-time-heading">
              Judgements over time
            </h2>
            <div className="report-keep">
              <GradeLegend />
              <GradeHeatMap data={{ ...dashboard, history, metrics }} inspected={inspected} />
              <p className="report-note">
                {inspected.size > 0
                  ? '“Ofsted” under a quarter: Ofsted inspected the home in that quarter (the inspections are listed below).'
                  : 'Ofsted did not inspect the home in these quarters.'}
              </p>
            </div>
            {history.some((p) => p.sccif === null) && (
              <p className="report-note">
                The three SCCIF judgements are not recorded (made before version 2) for reviews made with
                version 1 of the framework, which recorded one overall judgement instead: those quarters are
                blank in their charts.
              </p>
            )}
            {history.length < 2 ? (
              // One quarter is a point, not a trend: its grades, in words, instead of a chart each.
              <dl className="report-facts">
                {rows.map((row) => (
                  <div className="report-facts__row" key={row.key}>
                    <dt>{row.title}</dt>
                    <dd>{history[0] ? <GradeBadge grade={row.pick(history[0])} /> : 'No review'}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <div className="report-charts">
                {rows.map((row) => (
                  <div className="report-keep" key={row.key}>
                    <h3 className="report-h3">{row.title}</h3>
                    <GradeTrendChart
                      title={row.title}
                      series={gradeSeries(history, row.pick)}
                      expectedWidth={A4_CHART_WIDTH}
                    />
                  </div>
                ))}
              </div>
            )}
          </section>
          <section className="report-section" aria-labelledby="reasons-heading">
            <h2 className="report-h2" id="reasons-heading">
              Reasons for the three judgements, {quarterLabel(quarter)}
            </h2>
            {!review ? (
              <p>There is no completed review for {quarterLabel(quarter)}.</p>
            ) : review.sccif ? (
              <dl className="report-facts report-reasons">
                {SCCIF_ROWS.map((row) => {
                  const answer = review.sccif?.find((a) => a.area === row.area);
                  return (
                    <div className="report-facts__row" key={row.area}>
                      <dt>{row.title}</dt>
                      <dd>{answer ? <SccifReason answer={answer} /> : 'Not recorded.'}</dd>
                    </div>
                  );
                })}
              </dl>
            ) : (
              <p>
                This review was made with version 1 of the framework, which recorded one overall judgement
                instead of the three.
              </p>
            )}
          </section>
          <section className="report-section" aria-labelledby="streaks-heading">
            <h2 className="report-h2" id="streaks-heading">
              Streaks and stability
            </h2>
            <StreaksTable rows={rows} history={history} quarter={quarter} />
          </section>
          <div className="report-section report-figures">
            <FiguresOverTime metrics={metrics} />
            <InspectionFigures
              caption="The figures an inspection asks for (framework version 3), by quarter"
              quarters={history.map((p) => ({
                quarter: p.quarter,
                frameworkVersion: p.frameworkVersion,
                values: metrics.find((m) => m.quarter === p.quarter)?.values ?? null,
              }))}
            />
          </div>
          <PackRecords records={records} start={start} end={end} />
          <section className="report-section" aria-labelledby="pack-views">
            <h2 className="report-h2" id="pack-views">
              Everyone’s views
            </h2>
            {voice.results && voice.feedback && (
              <ViewsSummary
                rows={viewsSummary({
                  quarters: history.map((p) => p.quarter),
                  start,
                  end,
                  results: voice.results,
                  feedback: voice.feedback,
                })}
              />
            )}
          </section>
          {records.today && duties.data && (
            <section className="report-section" aria-labelledby="pack-calendar">
              <h2 className="report-h2" id="pack-calendar">
                Compliance calendar
              </h2>
              <ComplianceCalendar overview={duties.data} today={records.today} />
            </section>
          )}
        </div>
      )}
    </PrintFrame>
  );
}
