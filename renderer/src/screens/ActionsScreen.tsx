import { EmptyState } from '@shared/ui/EmptyState';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';

export function ActionsScreen() {
  usePageTitle('Actions');
  const { home } = useHome();
  return (
    <div className="narrow">
      <PageHeading caption={home.name}>Actions</PageHeading>
      <p className="body-l">
        Actions are the improvements you agree during a review, each with an owner and a date to finish by.
        They stay on this list from one quarter to the next until they are done.
      </p>
      <EmptyState title="No actions yet">
        <p>Actions come from reviews, so they will appear here once you have completed your first review.</p>
      </EmptyState>
    </div>
  );
}
