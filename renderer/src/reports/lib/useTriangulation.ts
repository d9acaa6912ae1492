import { useQueries } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';

/** The manager's, staff team's and young people's views of each hallmark, for each quarter asked. */
export function useTriangulation(homeId: number, quarters: string[]) {
  const queries = useQueries({
    queries: quarters.map((quarter) => ({
      queryKey: ['print-triangulation', homeId, quarter],
      queryFn: () => invoke('voice.triangulation', { homeId, quarter }),
    })),
  });
  return {
    loading: queries.some((q) => q.isPending),
    error: queries.find((q) => q.error)?.error ?? null,
    data: queries.flatMap((q) => (q.data ? [q.data] : [])),
  };
}
