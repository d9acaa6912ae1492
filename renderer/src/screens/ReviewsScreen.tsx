import { Link } from 'wouter';
import { EmptyState } from '../components/EmptyState';
import { PageHeading } from '../components/PageHeading';
import { useHome } from '../currentHomeContext';
import { usePageTitle } from '../hooks/usePageTitle';

export function ReviewsScreen() {
  usePageTitle('Reviews');
  const { home } = useHome();
  return (
    <div className="narrow">
      <PageHeading caption={home.name}>Reviews</PageHeading>
      <p className="body-l">
        Each quarter you rate the home against the hallmarks of outstanding homes, note the evidence behind
        each rating and agree what to do next.
      </p>
      <EmptyState title="No reviews yet">
        <p>Your quarterly reviews will be listed here, newest first.</p>
        <p>
          Starting a review is not available in this version of Hallmarks yet. In the meantime, check that the{' '}
          <Link href="/settings">home&apos;s details</Link> are right, as they appear on every report.
        </p>
      </EmptyState>
    </div>
  );
}
