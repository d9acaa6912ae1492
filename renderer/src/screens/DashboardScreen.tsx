import { HomeDetailsCard } from '../components/HomeDetailsCard';
import { PageHeading } from '@shared/ui/PageHeading';
import { StorageWarning } from '../components/StorageWarning';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { DashboardReviewCard } from '@review';
import { TrackingHistory, TrackingOverview } from '@tracking';
import { TeamAgreementPanel } from '@meetings';
import { VoiceDashboardPanel } from '@voice';
import { Suspense } from 'react';

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
      <Suspense fallback={null}>
        <VoiceDashboardPanel />
      </Suspense>
      <TrackingHistory />
      <Suspense fallback={null}>
        <TeamAgreementPanel />
      </Suspense>
    </>
  );
}
