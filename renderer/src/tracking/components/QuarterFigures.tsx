import type { OtherQuarter } from '@contract/rules/figure-plausibility';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useMetrics } from '../api/useMetrics';
import { FiguresForm } from './FiguresForm';

/**
 * Loads one quarter's stored figures, then the form to change them; `otherQuarters` are the home's other
 * figures, which the checks across quarters read.
 */
export function QuarterFigures({
  homeId,
  quarter,
  otherQuarters,
}: {
  homeId: number;
  quarter: string;
  otherQuarters: readonly OtherQuarter[];
}) {
  const metrics = useMetrics(homeId, quarter);
  if (metrics.isPending || metrics.error) {
    return <LoadingOrError error={metrics.error} onRetry={() => metrics.refetch()} />;
  }
  return (
    <FiguresForm
      key={quarter}
      homeId={homeId}
      quarter={quarter}
      stored={metrics.data?.values}
      storedStatus={metrics.data?.managerStatus ?? null}
      logged={metrics.data?.logged}
      otherQuarters={otherQuarters}
    />
  );
}
