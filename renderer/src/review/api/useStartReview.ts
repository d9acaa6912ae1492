import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoke } from '@shared/api/client';
import { reviewKeys } from './reviewKeys';

export function useStartReview(homeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quarter: string) => invoke('reviews.start', { homeId, quarter }),
    onSuccess: async (review) => {
      queryClient.setQueryData(reviewKeys.detail(review.id), review);
      await queryClient.invalidateQueries({ queryKey: reviewKeys.list(homeId) });
    },
  });
}
