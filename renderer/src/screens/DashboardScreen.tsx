import { Link } from 'wouter';
import { EmptyState } from '../components/EmptyState';
import { HomeDetailsCard } from '../components/HomeDetailsCard';
import { PageHeading } from '../components/PageHeading';
import { StorageWarning } from '../components/StorageWarning';
import { useHome } from '../currentHomeContext';
import { usePageTitle } from '../hooks/usePageTitle';

export function DashboardScreen() {
  usePageTitle('Dashboard');
  const { home, info } = useHome();
  return (
    <>
      <PageHeading caption="Dashboard">{home.name}</PageHeading>
      {info.journalMode !== 'wal' && <StorageWarning />}
      <div className="dashboard-grid">
        <EmptyState title="Quarterly reviews">
          <p>
            No reviews yet. Start your first quarterly self-assessment from{' '}
            <Link href="/reviews">Reviews</Link>.
          </p>
          <p className="secondary-text">
            Once you have reviews, this page will show how the home is doing against each hallmark and how
            that is changing from quarter to quarter.
          </p>
        </EmptyState>
        <HomeDetailsCard home={home} />
      </div>
    </>
  );
}
