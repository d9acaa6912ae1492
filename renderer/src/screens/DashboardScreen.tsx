import { HomeDetailsCard } from '../components/HomeDetailsCard';
import { PageHeading } from '../components/PageHeading';
import { StorageWarning } from '../components/StorageWarning';
import { useHome } from '../currentHomeContext';
import { usePageTitle } from '../hooks/usePageTitle';
import { DashboardReviewCard } from '../review/components/DashboardReviewCard';
import { TrackingHistory } from '../tracking/components/TrackingHistory';
import { TrackingOverview } from '../tracking/components/TrackingOverview';

export function DashboardScreen() {
  usePageTitle('Dashboard');
  const { home, info } = useHome();
  return (
    <>
      <PageHeading caption="Dashboard">{home.name}</PageHeading>
      {info.journalMode !== 'wal' && <StorageWarning />}
      <TrackingOverview />
      <div className="dashboard-grid">
        <DashboardReviewCard />
        <HomeDetailsCard home={home} />
      </div>
      <TrackingHistory />
    </>
  );
}
