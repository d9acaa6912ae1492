import { useHome } from '@shared/currentHomeContext';
import { useDashboard } from '../api/useDashboard';
import { DashboardTrends } from './DashboardTrends';

/** The lower part of the dashboard: every domain over time. Loading and errors show in the overview. */
export function TrackingHistory() {
  const { home } = useHome();
  const dashboard = useDashboard(home.id);
  return dashboard.data ? <DashboardTrends data={dashboard.data} /> : null;
}
