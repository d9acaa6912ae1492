import { addQuarters, quarterLabel } from '@contract/rules/quarters';
import { dateOfTimestamp, formatIsoDate } from '@contract/rules/dates';
import { ActionsTable } from '../parts/ActionsTable';
import { InspectionRecord } from '../parts/InspectionRecord';
import { PeriodJudgements } from '../parts/PeriodJudgements';
import { OverdueNow } from '../parts/OverdueNow';
import { PrintFrame } from '../parts/PrintFrame';
import { QualityStandards } from '../parts/QualityStandards';
import { Reg44Visits } from '../parts/Reg44Visits';
import { Reg45Figures } from '../parts/Reg45Figures';
import { ReportCover } from '../parts/ReportCover';
import { closedOn, within } from '../lib/actionGroups';
import { REPORTS } from '@contract/reports';
import { furnitureFor } from '../lib/furniture';
import { useRecordsData } from '../lib/useRecordsData';
import { useReportData } from '../lib/useReportData';
import { useTriangulation } from '../lib/useTriangulation';
import { TriangulationFlags } from '../parts/TriangulationFlags';
import { useVoiceData } from '../lib/useVoiceData';
import { useFirstReview, useReg45Draft } from '../lib/useReg45Draft';
import { draftWindow, routeDraftPeriod } from '../lib/reg45DraftPeriod';
import { PartialQuarters } from '../parts/PartialQuarters';
import { EveryonesViews } from '../parts/EveryonesViews';
import { Reg45OwnAnalysis, SignatureLines } from '../parts/Reg45OwnAnalysis';
import type { ReportProps } from './reportProps';

/**
 * A first draft of the six-monthly Reg 45 review for the two quarters ending with the chosen one, from
 * what Hallmarks holds: judgements and their movement, each Quality Standard, Reg 44 visits, inspections,
 * progress on earlier actions and the plan, with the registered person's own analysis. Printed as a draft
 * until they sign it off in Hallmarks; the responsible individual signs on paper.
 */
export function Reg45Draft({ homeId, quarter, firstMonth, lastMonth }: ReportProps) {
  const draftPeriod = routeDraftPeriod({ quarter, firstMonth, lastMonth });
  const data = useReportData(homeId, quarter);
  const records = useRecordsData(homeId);
  const voice = useVoiceData(homeId);
  const own = useReg45Draft(homeId, draftPeriod);
  const words = own.data;
  const signed = words?.signedBy ? { by: words.signedBy, on: formatIsoDate(words.signedOn!) } : null;
  const { home, review, framework, dashboard } = data;
  // Records up to the day it is printed (within the three months after): November's visit is in December's draft.
  const window = draftWindow(draftPeriod, records.today);
  const { start, until } = window;
  const periodQuarters = window.quarters.map((q) => q.quarter);
  const first = periodQuarters[0]!;
  // The period's earlier quarters too: the report covers the whole period, not only its last quarter. A
  // period of months may draw on three quarters; the hooks are called the same number of times for any.
  const earlierQuarters = periodQuarters.slice(0, -1);
  const firstReview = useFirstReview(homeId, earlierQuarters[0] ?? first);
  const middleReview = useFirstReview(homeId, earlierQuarters[1] ?? earlierQuarters[0] ?? first);
  const earlierReviews = [firstReview.review, earlierQuarters.length > 1 ? middleReview.review : null].filter(
    (r) => r !== null,
  );
  const triangulation = useTriangulation(homeId, periodQuarters);
  const period = window.words;
  const unavailable =
    !data.loading && !review
      ? `There is no completed review for ${quarterLabel(quarter)}, the last quarter of the period. Complete it, then print the draft.`
      : null;
  const { actions, reg44, ofsted } = records;
  const earlier = (actions ?? []).filter((a) => dateOfTimestamp(a.createdAt) < start);
  const current = (actions ?? []).filter((a) => a.status === 'open' || a.status === 'in_progress');
  const inspections = (ofsted?.inspections ?? []).filter((i) => within(i.inspectedOn, start, until));
  return (
    <PrintFrame
      report="reg45-draft"
      furniture={furnitureFor(
        home,
        'reg45-draft',
        period,
        signed ? REPORTS['reg45-draft'].signed.title : undefined,
      )}
      loading={
        data.loading ||
        records.loading ||
        voice.loading ||
        own.isPending ||
        firstReview.loading ||
        middleReview.loading ||
        triangulation.loading
      }
      error={data.error ?? records.error ?? voice.error ?? own.error ?? triangulation.error}
      unavailable={unavailable}
    >
      {home && review && framework && dashboard && actions && reg44 && ofsted && voice.results && words && (
        <div className="report-numbered">
          <ReportCover
            home={home}
            title="Regulation 45 review of the quality of care"
            period={period}
            facts={[
              ['Status', signed ? `Signed off by ${signed.by} on ${signed.on}` : 'Draft: not signed off'],
              ['Registered provider', home.provider ?? 'Not recorded (add it in Settings)'],
              ['Responsible individual', home.responsibleIndividual ?? 'Not recorded (add it in Settings)'],
              ['Records up to', formatIsoDate(until)],
              ['Report to Ofsted', 'Within 28 days of completing the review'],
              ['Next review', 'Within six months of completing this one'],
            ]}
          >
            {signed ? (
              <p className="report-note">
                Prepared by Hallmarks from the home&apos;s own records, with the registered person&apos;s own
                analysis, and signed off by them.
              </p>
            ) : (
              <>
                <p className="report-draft-mark">Draft</p>
                <p className="report-note">
                  Prepared by Hallmarks from the home&apos;s own records. It is the registered person&apos;s
                  review: read it, correct it and add the analysis before signing it.
                </p>
              </>
            )}
          </ReportCover>

          {records.today && (
            <OverdueNow
              today={records.today}
              visits={reg44.visits}
              inspections={ofsted.inspections}
              actions={actions}
            />
          )}

          <section className="report-section" aria-labelledby="r45-judgements">
            <h2 className="report-h2" id="r45-judgements">
              Judgements and their movement
            </h2>
            <PeriodJudgements dashboard={dashboard} quarters={[addQuarters(first, -1), ...periodQuarters]} />
            <PartialQuarters quarters={window.quarters} />
            <h3 className="report-h3">Where the manager, staff and young people see it differently</h3>
            {triangulation.data.map((t) => (
              <TriangulationFlags key={t.quarter} triangulation={t} domains={framework.domains} />
            ))}
          </section>

          <Reg45OwnAnalysis analysis={words.analysis} />

          <section className="report-section" aria-labelledby="r45-standards">
            <h2 className="report-h2" id="r45-standards">
              The Quality Standards
            </h2>
            <p>
              Each quarter of the period: the judgements whose subject each standard is, with the reasons
              given; the indicators mapped to it, rated each quarter; and every indicator rated below Good in
              either quarter, with its evidence note.
            </p>
            <QualityStandards
              framework={framework}
              reviews={[...earlierReviews, review]}
              comments={words.standards}
            />
          </section>

          <section className="report-section" aria-labelledby="r45-figures">
            <h2 className="report-h2" id="r45-figures">
              Figures and safety analysis
            </h2>
            <p>
              Each quarter of the period beside the quarter before it, from the figures entered in Hallmarks.
            </p>
            <Reg45Figures
              metrics={dashboard.metrics}
              quarters={[addQuarters(first, -1), ...periodQuarters]}
            />
          </section>

          <section className="report-section" aria-labelledby="r45-views">
            <h2 className="report-h2" id="r45-views">
              The views of children, parents, placing authorities and staff
            </h2>
            <EveryonesViews
              quarters={periodQuarters}
              start={start}
              end={until}
              results={voice.results}
              feedback={voice.feedback ?? []}
              youSaid={voice.youSaid ?? []}
            />
          </section>

          <section className="report-section" aria-labelledby="r45-reg44">
            <h2 className="report-h2" id="r45-reg44">
              Regulation 44 visits and recommendations
            </h2>
            <Reg44Visits overview={reg44} actions={actions} start={start} end={until} />
          </section>

          <section className="report-section" aria-labelledby="r45-ofsted">
            <h2 className="report-h2" id="r45-ofsted">
              Ofsted inspections
            </h2>
            {inspections.length === 0 && (
              <p>
                No Ofsted inspection is recorded from {formatIsoDate(start)} to {formatIsoDate(until)}.
              </p>
            )}
            {inspections.map((inspection) => (
              <InspectionRecord key={inspection.id} inspection={inspection} actions={actions} />
            ))}
          </section>

          <section className="report-section" aria-labelledby="r45-progress">
            <h2 className="report-h2" id="r45-progress">
              Progress on earlier actions
            </h2>
            {earlier.length === 0 ? (
              <p>No actions were recorded before this period.</p>
            ) : (
              <>
                <p>
                  Of {earlier.length} action{earlier.length === 1 ? '' : 's'} recorded before{' '}
                  {formatIsoDate(start)}, {earlier.filter((a) => a.status === 'done').length} are done,{' '}
                  {earlier.filter((a) => a.status === 'dropped').length} were dropped and{' '}
                  {earlier.filter((a) => closedOn(a) === null).length} are still open.
                </p>
                <ActionsTable
                  actions={earlier}
                  caption="Actions recorded before this period, and where they stand"
                />
              </>
            )}
          </section>

          <section className="report-section" aria-labelledby="r45-plan">
            <h2 className="report-h2" id="r45-plan">
              The action plan
            </h2>
            {current.length === 0 ? (
              <p>No actions are open.</p>
            ) : (
              <ActionsTable
                actions={[...current].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id)}
                caption="Open and in progress, soonest due first"
              />
            )}
          </section>

          <section className="report-section report-keep" aria-labelledby="r45-signoff">
            <h2 className="report-h2" id="r45-signoff">
              Sign-off
            </h2>
            {signed ? (
              <dl className="report-signed">
                <dt>Registered person</dt>
                <dd className="report-text">Signed off by {signed.by}</dd>
                <dd>on {signed.on}</dd>
                {words?.periodReason && (
                  <>
                    <dt>Period of this review</dt>
                    <dd className="report-text">
                      Signed off although it does not follow on from the recorded Reg 45 periods, because:{' '}
                      {words.periodReason}
                    </dd>
                  </>
                )}
              </dl>
            ) : (
              <SignatureLines role="Registered manager" />
            )}
            <SignatureLines
              role={`Responsible individual${home.provider ? ` for ${home.provider}` : ''}`}
              name={home.responsibleIndividual}
            />
          </section>
        </div>
      )}
    </PrintFrame>
  );
}
