import { Link } from 'wouter';
import { PageHeading } from '@shared/ui/PageHeading';
import { PrintPageButton } from '@shared/ui/PrintPageButton';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useTeamAgreement } from '../api';
import { TeamAgreementPanel } from '../components/TeamAgreementPanel';

/** How far apart the team's private ratings were, per domain and quarter; moved here from the dashboard. */
export function TeamAgreementScreen() {
  usePageTitle('Team agreement');
  const { home } = useHome();
  const agreement = useTeamAgreement(home.id);
  return (
    <div className="printable-screen">
      <PageHeading caption={home.name}>Team agreement</PageHeading>
      {!agreement.data ? (
        <LoadingOrError error={agreement.error} onRetry={() => agreement.refetch()} />
      ) : agreement.data.quarters.length === 0 ? (
        <p className="body-l">
          Nothing to show yet. A quarter shows here once enough of the team have rated in private before a
          team meeting and rating has ended, so nobody can be picked out.{' '}
          <Link href="/team/meeting">Team meetings</Link>
        </p>
      ) : (
        <>
          <PrintPageButton />
          <TeamAgreementPanel />
        </>
      )}
    </div>
  );
}
