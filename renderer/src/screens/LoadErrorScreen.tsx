import { inBackground } from '@shared/lib/background';
import { messageOf } from '@shared/api/ApiError';
import { PageHeading } from '@shared/ui/PageHeading';
import { PlainLayout } from '../components/PlainLayout';
import { usePageTitle } from '@shared/hooks/usePageTitle';

export function LoadErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => Promise<unknown> }) {
  usePageTitle('Could not open your data');
  return (
    <PlainLayout>
      <div className="narrow">
        <PageHeading>Hallmarks could not open your data</PageHeading>
        <p className="body-l">{messageOf(error)}</p>
        <p>Nothing has been changed or lost.</p>
        <button type="button" className="button" onClick={() => inBackground(onRetry())}>
          Try again
        </button>
      </div>
    </PlainLayout>
  );
}
