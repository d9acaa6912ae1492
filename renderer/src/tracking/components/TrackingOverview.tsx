import { useHome } from '@shared/currentHomeContext';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useDashboard } from '../api/useDashboard';
import { AlertsPanel } from './AlertsPanel';
import { InadequateWarning } from './InadequateWarning';
import { OverallCard } from './OverallCard';

/** The top of the dashboard: the overall judgement and what needs attention. */
export function TrackingOverview() {
  const { home } = useHome();
  const dashboard = useDashboard(home.id);
  if (!dashboard.data) {
    return <LoadingOrError error={dashboard.error} onRetry={() => dashboard.refetch()} />;
  }
  return (
    <>
      <InadequateWarning items={dashboard.data.inadequateIndicators} />
      <div className="dashboard-grid">
        <OverallCard data={dashboard.data} />
        <AlertsPanel homeId={home.id} alerts={dashboard.data.alerts} />
      </div>
    </>
  );
}
