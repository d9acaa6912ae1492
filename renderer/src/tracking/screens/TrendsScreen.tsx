import { Link } from 'wouter';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useDashboard } from '../api/useDashboard';
import { DashboardTrends } from '../components/DashboardTrends';
import { PrintPageButton } from '@shared/ui/PrintPageButton';

/** Every judgement over time: the heat map, then each domain's trend with its figures. Prints as it is. */
export function TrendsScreen() {
  usePageTitle('Trends');
  const { home } = useHome();
  const dashboard = useDashboard(home.id);
  return (
    <div className="printable-screen">
      <PageHeading caption={home.name}>Trends</PageHeading>
      <p className="body-l">
        How each judgement has moved, quarter by quarter, with the figures behind each domain.{' '}
        <Link href="/" className="no-print">
          Back to the dashboard
        </Link>
      </p>
      <PrintPageButton />
      {dashboard.data ? (
        <DashboardTrends data={dashboard.data} />
      ) : (
        <LoadingOrError error={dashboard.error} onRetry={() => dashboard.refetch()} />
      )}
    </div>
  );
}
