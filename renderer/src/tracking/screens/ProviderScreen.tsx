import { PageHeading } from '@shared/ui/PageHeading';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useProviderOverview } from '../api/useProviderOverview';
import { GradeLegend } from '../components/GradeLegend';
import { ProviderTable } from '../components/ProviderTable';

export function ProviderScreen() {
  usePageTitle('All homes');
  const overview = useProviderOverview();
  // Name order, never grade order: this view compares each home with itself, not with the others.
  const homes = overview.data
    ? [...overview.data].sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }))
    : undefined;
  return (
    <>
      <PageHeading>All homes</PageHeading>
      <p className="body-l">
        Each home&apos;s latest judgements side by side, with how each has moved since that home&apos;s own
        previous review.
      </p>
      <p className="not-ranked">
        Homes are listed by name. They are not ranked: each home is measured against its own history, not
        against the others.
      </p>
      {!homes ? (
        <LoadingOrError error={overview.error} onRetry={() => overview.refetch()} />
      ) : (
        <>
          <GradeLegend />
          <ProviderTable homes={homes} />
          <p className="secondary-text">
            Choosing a home or one of its alerts switches Hallmarks to that home and opens its dashboard.
          </p>
        </>
      )}
    </>
  );
}
