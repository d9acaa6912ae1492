import { useFramework } from '@shared/api/useFramework';
import { useReview } from '@review/api';
import { compareReviews } from '../lib/compareReviews';

/** Two reviews of the home, earlier first, compared indicator by indicator and domain by domain. */
export function useComparison(beforeId: number, afterId: number) {
  const before = useReview(beforeId);
  const after = useReview(afterId);
  const laterFramework = useFramework(after.data?.frameworkVersion);
  const earlierFramework = useFramework(before.data?.frameworkVersion);
  const frameworks = [laterFramework.data, earlierFramework.data];
  const ready = before.data && after.data && frameworks.every(Boolean);
  const titles = Object.fromEntries(
    frameworks
      .flatMap((f) => f?.domains ?? [])
      .reverse()
      .map((d) => [d.key, `${d.number}. ${d.title}`]),
  );
  return {
    before: before.data,
    after: after.data,
    domains: ready
      ? compareReviews(
          before.data!,
          after.data!,
          titles,
          laterFramework.data!.domains.map((d) => d.key),
        )
      : undefined,
    error: before.error ?? after.error ?? laterFramework.error ?? earlierFramework.error,
    retry: () => Promise.all([before.refetch(), after.refetch()]),
  };
}
