import type { ComponentType, ReactNode } from 'react';
import type { DashboardData } from '@contract/dashboard';
import { useHome } from '@shared/currentHomeContext';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useDashboard } from '../api/useDashboard';
import { AlertsPanel } from '../components/AlertsPanel';
import { InadequateWarning } from '../components/InadequateWarning';
import { DueGlance } from './DueGlance';
import { EarlyWarningPanel } from './EarlyWarningPanel';
import { JudgementsGlance } from './JudgementsGlance';
import { QuarterGlance } from './QuarterGlance';

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
      <EarlyWarningPanel />
      {below}
      <AlertsPanel homeId={home.id} alerts={data.alerts} />
    </>
  );
}
