import { useQuery } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { homeKeys } from '@shared/api/homes';
import { useFramework } from '@shared/api/useFramework';
import { useReview, useReviews } from '@review/api';
import { useDashboard } from '@tracking';

/** What a report reads besides the home and its dashboard; a report waits only for what it prints. */
export interface ReportNeeds {
  /** The quarter's completed review with every answer (and so its framework version). */
  review: boolean;
  /** The framework's words (domains, indicators). */
  framework: boolean;
}

const EVERYTHING: ReportNeeds = { review: true, framework: true };

/**
 * Everything a printed report of one home and quarter may need, read through the same contract as the
 * screens. The review is the quarter's completed one; `review` is null when there is none. A report that
 * needs no review (the inspection pack, the action plan) does not wait for one: the review's answers are
 * the largest read, and the framework would otherwise wait for it; nor does it read the list of reviews.
 */
export function useReportData(homeId: number, quarter: string, needs: ReportNeeds = EVERYTHING) {
  const home = useQuery({
    queryKey: homeKeys.detail(homeId),
    queryFn: () => invoke('homes.get', { id: homeId }),
  });
  const reviews = useReviews(homeId, needs.review);
  const summary = reviews.data?.find((r) => r.quarter === quarter && r.status === 'completed') ?? null;
  const review = useReview(needs.review ? (summary?.id ?? 0) : 0);
  const dashboard = useDashboard(homeId);
  const frameworkVersion = needs.review
    ? (review.data?.frameworkVersion ?? dashboard.data?.history.at(-1)?.frameworkVersion)
    : (dashboard.data?.history.find((p) => p.quarter === quarter)?.frameworkVersion ??
      dashboard.data?.history.at(-1)?.frameworkVersion);
  const current = useQuery({
    queryKey: ['app-info-for-print'],
    queryFn: () => invoke('app.info', {}),
    enabled: needs.framework,
  });
  const framework = useFramework(
    needs.framework ? (frameworkVersion ?? current.data?.frameworkVersion) : undefined,
  );
  const queries = [
    home,
    ...(needs.review ? [reviews] : []),
    dashboard,
    ...(needs.framework ? [framework] : []),
    ...(needs.review && summary ? [review] : []),
  ];
  const error = queries.find((q) => q.error)?.error ?? null;
  const loading = queries.some((q) => q.isPending);
  return {
    error,
    loading,
    home: home.data,
    review: needs.review && summary ? review.data : null,
    dashboard: dashboard.data,
    framework: framework.data,
  };
}

export type ReportData = ReturnType<typeof useReportData>;
