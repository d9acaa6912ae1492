import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { QUARTER_PATTERN, quarterLabel } from '@contract/rules/quarters';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useQuarterText } from '@shared/hooks/useQuarterText';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useDashboard } from '../api/useDashboard';
import { FiguresOverTime } from '../components/FiguresOverTime';
import { QuarterFigures } from '../components/QuarterFigures';
import { QuarterPicker } from '../components/QuarterPicker';
import { defaultFiguresQuarter, figureQuarters } from '../lib/figuresForm';
import { hasFigures } from '../lib/metricValues';
import { trackingPaths } from '../lib/trackingPaths';

export function FiguresScreen({ params }: { params: { quarter?: string } }) {
  usePageTitle('Quarterly figures');
  const { home } = useHome();
  const quarterText = useQuarterText();
  const [, navigate] = useLocation();
  const dashboard = useDashboard(home.id);
  const quarter = params.quarter && QUARTER_PATTERN.test(params.quarter) ? params.quarter : null;
  const metrics = dashboard.data?.metrics;

  // Without a quarter in the address, open the default one and put it there, so saving (which changes
  // which quarters have figures) or reloading never moves the form to another quarter.
  useEffect(() => {
    if (quarter || !metrics) return;
    const withFigures = new Set(metrics.filter((m) => hasFigures(m.values)).map((m) => m.quarter));
    navigate(trackingPaths.figuresFor(defaultFiguresQuarter(withFigures)), { replace: true });
  }, [quarter, metrics, navigate]);

  const options = figureQuarters();
  if (quarter && !options.some((o) => o.value === quarter)) {
    options.push({ value: quarter, label: quarterLabel(quarter) });
  }
  return (
    <>
      <PageHeading caption={home.name}>Quarterly figures</PageHeading>
      <p className="body-l">
        A few figures each quarter, such as staff leaving and school attendance, so each judgement can be read
        against the facts. Leave a box blank if you do not have the figure.
      </p>
      {!quarter || !metrics ? (
        <LoadingOrError error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <>
          <QuarterPicker
            key={quarter}
            options={options}
            current={quarter}
            onShow={(q) => navigate(trackingPaths.figuresFor(q))}
          />
          <h2 className="heading-l">Figures for {quarterText(quarter)}</h2>
          <QuarterFigures homeId={home.id} quarter={quarter} otherQuarters={metrics} />
          <FiguresOverTime metrics={metrics} />
        </>
      )}
    </>
  );
}
