import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';
import { trackingKeys } from '@tracking/api';
import { reviewKeys } from './reviewKeys';

/** Signs the review off. A refusal is an ApiError whose details list everything still needed. */
export function useCompleteReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'reviews.complete'>) => invoke('reviews.complete', input),
    onSuccess: async (review) => {
      queryClient.setQueryData(reviewKeys.detail(review.id), review);
      await queryClient.invalidateQueries({ queryKey: reviewKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: trackingKeys.all });
    },
  });
}
