import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { trackingKeys } from '@tracking/api';
import { reviewKeys } from './reviewKeys';

export function useReopenReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'reviews.reopen'>) => invoke('reviews.reopen', input),
    onSuccess: async (review) => {
      queryClient.setQueryData(reviewKeys.detail(review.id), review);
      await queryClient.invalidateQueries({ queryKey: reviewKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: trackingKeys.all });
    },
  });
}
