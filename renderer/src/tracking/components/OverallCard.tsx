import { Link } from 'wouter';
import type { DashboardData } from '@contract/dashboard';
import { quarterLabel } from '@contract/rules/quarters';
import { CompareReviewsLink } from './CompareReviewsLink';
import { GradeBadge } from './GradeBadge';
import { JudgementFacts } from './JudgementFacts';
import { SCCIF_ROWS } from '../lib/sccifRows';

/** The home's latest overall judgement and how it has moved: the first thing on the dashboard. */
export function OverallCard({ data }: { data: DashboardData }) {
  const latest = data.history.at(-1);
  return (
    <section className="card overall-card" aria-labelledby="overall-title">
      <h2 className="heading-m" id="overall-title">
        Overall judgement
      </h2>
      {latest ? (
        <>
          <p className="secondary-text">
            From your latest completed review, for {quarterLabel(latest.quarter)}.
          </p>
          <JudgementFacts track={data.overall} previousQuarter={data.history.at(-2)?.quarter ?? null} />
          <dl className="summary-list sccif-latest">
            {SCCIF_ROWS.map((row) => (
              <div className="summary-list__row" key={row.area}>
                <dt>{row.title}</dt>
                <dd>
                  {latest.sccif === null ? (
                    'Not recorded (made before version 2)'
                  ) : (
                    <GradeBadge grade={latest.sccif[row.area]} />
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <ul className="link-list">
            <li>
              <Link href={`/reviews/${latest.reviewId}`}>Open the {quarterLabel(latest.quarter)} review</Link>
            </li>
            {data.history.length > 1 && (
              <li>
                <CompareReviewsLink />
              </li>
            )}
          </ul>
        </>
      ) : (
        <p>
          No completed reviews yet. Once you complete your first quarterly review, its overall judgement shows
          here; from the second, you will see whether it has improved, been sustained or declined.
        </p>
      )}
    </section>
  );
}
