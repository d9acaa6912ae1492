import { Suspense, type ComponentType, type ReactNode } from 'react';
import type { DashboardData } from '@contract/dashboard';
import { useHome } from '@shared/currentHomeContext';
import { lazyScreen } from '@shared/lib/lazyScreen';
import { LoadingLine } from '@shared/ui/LoadingLine';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useDashboard } from '../api/useDashboard';
import { InadequateWarning } from '../components/InadequateWarning';
import { DueGlance } from './DueGlance';
import { JudgementsGlance } from './JudgementsGlance';
import { QuarterGlance } from './QuarterGlance';

// Below the first screenful, so they load in their own chunk, started as soon as this module runs (while
// the dashboard's data is read): the first screen's JavaScript stays small (bench: under 90 KB gzipped).
const loadEarlyWarning = import('./EarlyWarningPanel');
const loadAlerts = import('../components/AlertsPanel');
const EarlyWarningPanel = lazyScreen(() => loadEarlyWarning, 'EarlyWarningPanel');
const AlertsPanel = lazyScreen(() => loadAlerts, 'AlertsPanel');

/**
 * The dashboard at a glance: the judgements, what is overdue or due soon, and where the home is in its
 * quarter fit the first screen; the early-warning signs, then `below` (children's views and links on),
 * then every alert. Trends, figures and team agreement have screens of their own.
 */
export function DashboardGlance({
  below,
  ReviewStep,
}: {
  below: ReactNode;
  ReviewStep: ComponentType<{ data: DashboardData }>;
}) {
  const { home } = useHome();
  const dashboard = useDashboard(home.id);
  const data = dashboard.data;
  if (!data) return <LoadingOrError error={dashboard.error} onRetry={() => dashboard.refetch()} />;
  return (
    <>
      <InadequateWarning items={data.inadequateIndicators} />
      <div className="glance-grid">
        <JudgementsGlance data={data} />
        <DueGlance data={data} />
        <QuarterGlance data={data} ReviewStep={ReviewStep} />
      </div>
      <Suspense fallback={<LoadingLine />}>
        <EarlyWarningPanel />
      </Suspense>
      {below}
      <Suspense fallback={<LoadingLine />}>
        <AlertsPanel homeId={home.id} alerts={data.alerts} />
      </Suspense>
    </>
  );
}
