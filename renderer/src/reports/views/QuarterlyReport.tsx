import { quarterLabel } from '@contract/rules/quarters';
import { formatIsoDate, formatTimestampDate } from '@contract/rules/dates';
import { ActionsTable } from '../parts/ActionsTable';
import { DomainIndicators } from '../parts/DomainIndicators';
import { judgementRows, JudgementsTable, sccifRows } from '../parts/JudgementsTable';
import { PrintFrame } from '../parts/PrintFrame';
import { ReportCover } from '../parts/ReportCover';
import { SccifReason } from '../parts/SccifReason';
import { InspectionFigures } from '../parts/InspectionFigures';
import { staffCheckCounts } from '../lib/staffCheckCounts';
import { useImprovementList } from '@improvement/api';
import { managerThen } from '../lib/managerThen';
import { furnitureFor } from '../lib/furniture';
import { previousOverall } from '../lib/history';
import { useRecordsData } from '../lib/useRecordsData';
import { useReportData } from '../lib/useReportData';
import { useTriangulation } from '../lib/useTriangulation';
import { TriangulationFlags } from '../parts/TriangulationFlags';
import type { ReportProps } from './reportProps';

/** The review of one quarter, on paper: cover, judgements, every domain's indicators, the summary. */
export function QuarterlyReport({ homeId, quarter }: ReportProps) {
  const data = useReportData(homeId, quarter);
  const records = useRecordsData(homeId);
  const triangulation = useTriangulation(homeId, [quarter]);
  const duties = useImprovementList('duties.overview', homeId);
  const { home, review, framework, dashboard } = data;
  const period = quarterLabel(quarter);
  const unavailable =
    !data.loading && !review
      ? `There is no completed review for ${period}. Complete it, then print it.`
      : null;
  const fromReview = (records.actions ?? [])
    .filter((a) => review && a.origin?.kind === 'review' && a.origin.id === review.id)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  return (
    <PrintFrame
      report="quarterly-review"
      furniture={furnitureFor(home, 'quarterly-review', period)}
      loading={data.loading || records.loading || triangulation.loading || duties.isPending}
      error={data.error ?? records.error ?? triangulation.error ?? duties.error}
      unavailable={unavailable}
    >
      {home && review && framework && dashboard && (
        <div className="report-numbered">
          <ReportCover
            home={home}
            title={`Quarterly review: ${period}`}
            period={period}
            managerThen={[`Manager in ${period}`, managerThen(review, dashboard.metrics, quarter)]}
            facts={[
              [
                'Signed off by',
                review.signedByName
                  ? `${review.signedByName}, ${review.signedByRole ?? ''} on ${formatIsoDate(review.signedOn ?? '')}`
                  : 'Not signed off',
              ],
              ['Completed', review.completedAt ? formatTimestampDate(review.completedAt) : 'Not completed'],
              ['Framework', `${framework.title}, version ${framework.version}`],
            ]}
          >
            <p className="report-note">{framework.disclaimer}</p>
          </ReportCover>

          <section className="report-section" aria-labelledby="judgements-title">
            <h2 className="report-h2" id="judgements-title">
              Judgements and their movement
            </h2>
            <h3 className="report-h3">The three SCCIF judgements, as the home judged them</h3>
            {review.sccif ? (
              <JudgementsTable
                caption={`The three SCCIF judgements, as the home judged them, for ${period}, against the last completed review`}
                rowHeading="Judgement"
                rows={sccifRows(framework, review.sccif)}
              />
            ) : (
              <p>
                Not recorded (made before version 2): this review was made with version{' '}
                {review.frameworkVersion} of the framework, which recorded one overall judgement and not the
                three SCCIF judgements.
              </p>
            )}
            {review.sccif && (
              <>
                <h3 className="report-h3">The reasons for the three judgements</h3>
                <dl className="report-reasons">
                  {review.sccif.map((answer) => (
                    <div key={answer.area}>
                      <dt>{framework.sccifAreaTitles[answer.area]}</dt>
                      <dd>
                        <SccifReason answer={answer} />
                      </dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            <h3 className="report-h3">Domain judgements</h3>
            <JudgementsTable
              caption={`Judgements for ${period}, against the last completed review`}
              rows={judgementRows(
                framework,
                review.domains,
                review.sccif
                  ? null
                  : { current: review.overall, previous: previousOverall(dashboard.history, quarter) },
              )}
            />
          </section>

          <section className="report-section" aria-labelledby="views-apart-title">
            <h2 className="report-h2" id="views-apart-title">
              Where the manager, staff and young people see it differently
            </h2>
            {triangulation.data.map((t) => (
              <TriangulationFlags key={t.quarter} triangulation={t} domains={framework.domains} />
            ))}
          </section>

          <section className="report-section" aria-labelledby="domains-title">
            <h2 className="report-h2" id="domains-title">
              Each domain&apos;s indicators
            </h2>
            {framework.domains.map((domain) => (
              <DomainIndicators
                key={domain.key}
                framework={framework}
                domain={domain}
                answer={review.domains.find((d) => d.key === domain.key)}
                indicators={review.indicators.filter((i) => i.domainKey === domain.key)}
              />
            ))}
          </section>

          <section className="report-section" aria-labelledby="staff-figures-title">
            <h2 className="report-h2" id="staff-figures-title">
              Figures and staff checks
            </h2>
            <InspectionFigures
              caption={`The figures an inspection asks for, ${period}`}
              quarters={[
                {
                  quarter,
                  frameworkVersion: review.frameworkVersion,
                  values: dashboard.metrics.find((m) => m.quarter === quarter)?.values ?? null,
                },
              ]}
            />
            {duties.data && records.today && (
              <>
                <h3 className="report-h3">
                  Supervision and DBS update service checks on {formatIsoDate(records.today)}, the day printed
                </h3>
                <ul>
                  {staffCheckCounts(duties.data.staffChecks).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section className="report-section" aria-labelledby="summary-title">
            <h2 className="report-h2" id="summary-title">
              Strengths and areas to improve
            </h2>
            <h3 className="report-h3">Strengths</h3>
            <p className="report-text">{review.strengths || 'None recorded.'}</p>
            <h3 className="report-h3">Areas to improve</h3>
            <p className="report-text">{review.improvements || 'None recorded.'}</p>
          </section>

          <section className="report-section" aria-labelledby="review-actions-title">
            <h2 className="report-h2" id="review-actions-title">
              Actions from this review
            </h2>
            {fromReview.length === 0 ? (
              <p>No actions were recorded from this review.</p>
            ) : (
              <ActionsTable
                actions={fromReview}
                caption="Actions recorded from this review, soonest due first"
              />
            )}
          </section>
        </div>
      )}
    </PrintFrame>
  );
}
