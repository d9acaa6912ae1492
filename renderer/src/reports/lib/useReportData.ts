import { useQuery } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { homeKeys } from '@shared/api/homes';
import { useFramework } from '@shared/api/useFramework';
import { useReview } from '@shared/api/useReview';
import { useReviews } from '@shared/api/useReviews';
import { useDashboard } from '@tracking';

/**
 * Everything a printed report of one home and quarter may need, read through the same contract as the
 * screens. The review is the quarter's completed one; `missing` says plainly when there is none.
 */
export function useReportData(homeId: number, quarter: string) {
  const home = useQuery({ queryKey: homeKeys.detail(homeId), queryFn: () => invoke('homes.get', { id: homeId }) });
  const reviews = useReviews(homeId);
  const summary = reviews.data?.find((r) => r.quarter === quarter && r.status === 'completed') ?? null;
  const review = useReview(summary?.id ?? 0);
  const dashboard = useDashboard(homeId);
  const frameworkVersion = review.data?.frameworkVersion ?? dashboard.data?.history.at(-1)?.frameworkVersion;
  const current = useQuery({ queryKey: ['app-info-for-print'], queryFn: () => invoke('app.info', {}) });
  const framework = useFramework(frameworkVersion ?? current.data?.frameworkVersion);
  const queries = [home, reviews, dashboard, framework, ...(summary ? [review] : [])];
  const error = queries.find((q) => q.error)?.error ?? null;
  const loading = queries.some((q) => q.isPending);
  return {
    error,
    loading,
    home: home.data,
    reviews: reviews.data ?? [],
    review: summary ? review.data : null,
    dashboard: dashboard.data,
    framework: framework.data,
  };
}

export type ReportData = ReturnType<typeof useReportData>;
