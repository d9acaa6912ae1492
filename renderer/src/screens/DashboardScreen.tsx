import { HomeDetailsCard } from '../components/HomeDetailsCard';
import { PageHeading } from '@shared/ui/PageHeading';
import { StorageWarning } from '../components/StorageWarning';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { DashboardGlance, MoreLinks } from '@tracking/parts';
import { VoiceDashboardPanel } from '@voice';
import { DashboardReviewStep } from '@review/parts';
import { Suspense } from 'react';

/**
 * One screen first: the judgements, what is overdue or due soon and where the home is in its quarter,
 * then the early-warning signs and alerts. Trends, figures and team agreement are one link away.
 */
export function DashboardScreen() {
  usePageTitle('Dashboard');
  const { home, info } = useHome();
  return (
    <div className="dashboard">
      <PageHeading caption="Dashboard">{home.name}</PageHeading>
      {info.journalMode !== 'wal' && <StorageWarning />}
      <DashboardGlance
        ReviewStep={DashboardReviewStep}
        below={
          <div className="dashboard-grid">
            <Suspense fallback={null}>
              <VoiceDashboardPanel />
            </Suspense>
            <div>
              <MoreLinks />
              <HomeDetailsCard home={home} />
            </div>
          </div>
        }
      />
    </div>
  );
}
