import { Suspense, useState } from 'react';
import { Link } from 'wouter';
import type { DashboardData } from '@contract/dashboard';
import { EmptyState } from '@shared/ui/EmptyState';
import { trackingPaths } from '../lib/trackingPaths';
import { CompareReviewsLink } from './CompareReviewsLink';
import { GradeHeatMap } from './GradeHeatMap';
import { GradeLegend } from './GradeLegend';
import { lazyScreen } from '@shared/lib/lazyScreen';
import { quartersSpanned, recentQuarters, RECENT_QUARTERS } from '../lib/recentQuarters';

// The charts sit below the heat map: their code (and the charting library) loads after the first screen.
const DomainGrid = lazyScreen(() => import('./DomainGrid'), 'DomainGrid');

/**
 * Every domain over time: the heat map, then each domain's trend and figures. After the first review
 * there is no trend yet, so the heat map stands alone with one line saying when trends appear.
 */
export function DashboardTrends({ data: all }: { data: DashboardData }) {
  const [showAll, setShowAll] = useState(false);
  const spanned = quartersSpanned(all);
  const data = showAll ? all : recentQuarters(all);
  const first = all.history.length === 1;
  if (all.history.length === 0) {
    return (
      <EmptyState title="No trends yet">
        <p>
          Trends appear here once you have completed a quarterly review: each domain&apos;s judgement, quarter
          by quarter, with the figures behind it. Start or continue this quarter&apos;s review from{' '}
          <Link href="/reviews">Reviews</Link>.
        </p>
        <p>
          You can also <Link href={trackingPaths.figures}>enter this home&apos;s quarterly figures</Link>,
          such as staff turnover and school attendance, at any time.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <section className="section tracking-section" aria-labelledby="heat-map-title">
        <h2 className="heading-l" id="heat-map-title">
          Grades by quarter
        </h2>
        <GradeLegend />
        {spanned > RECENT_QUARTERS && (
          <p className="secondary-text">
            {showAll
              ? `Showing all ${spanned} quarters. `
              : `Showing the last ${RECENT_QUARTERS} of ${spanned} quarters, here and in each domain's chart. `}
            <button type="button" className="button-link" onClick={() => setShowAll(!showAll)}>
              {showAll ? `Show the last ${RECENT_QUARTERS} quarters` : `Show all ${spanned} quarters`}
            </button>
          </p>
        )}
        <GradeHeatMap data={data} />
        <p className="secondary-text">
          The three judgements inspectors give come first; reviews made before version 2 of the framework did
          not record them.
          {!first && (
            <>
              {' '}
              <CompareReviewsLink /> to see what changed, indicator by indicator.
            </>
          )}
        </p>
        {first && (
          <p>
            Trends appear from your second review: how each judgement moves from quarter to quarter, with the
            figures behind it.
          </p>
        )}
      </section>
      {!first && <DomainTrends data={data} />}
    </>
  );
}

/** Each domain's trend chart and figures, below the heat map. */
function DomainTrends({ data }: { data: DashboardData }) {
  return (
    <section className="tracking-section" aria-labelledby="domains-title">
      <h2 className="heading-l" id="domains-title">
        The three judgements and each domain over time
      </h2>
      {data.metrics.length === 0 && (
        <p>
          No quarterly figures recorded yet. <Link href={trackingPaths.figures}>Enter quarterly figures</Link>{' '}
          to see staffing, education and safety figures beside each judgement.
        </p>
      )}
      <Suspense fallback={<p className="secondary-text">Drawing the charts…</p>}>
        <DomainGrid data={data} />
      </Suspense>
    </section>
  );
}
