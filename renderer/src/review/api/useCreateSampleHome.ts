import { useMutation, useQueryClient } from '@tanstack/react-query';
import { appInfoKeys } from '@shared/api/appInfo';
import { invoke } from '@shared/api/client';
import { homeKeys } from '@shared/api/homes';

/** Creates the sample home with two years of completed reviews and makes it the current home. */
export function useCreateSampleHome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('demo.create', {}),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: homeKeys.all });
      await queryClient.invalidateQueries({ queryKey: appInfoKeys.all });
    },
  });
}
