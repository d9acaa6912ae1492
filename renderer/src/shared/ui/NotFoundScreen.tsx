import { Link } from 'wouter';
import { PageHeading } from './PageHeading';
import { usePageTitle } from '../hooks/usePageTitle';

export function NotFoundScreen() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>This part of Hallmarks does not exist.</p>
      <p>
        <Link href="/">Go to the dashboard</Link>
      </p>
    </>
  );
}
