import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';
import { inBackground } from '@shared/lib/background';

/** The lock status's key (shared/locked-mode/lockApi.ts): refreshed whenever the server says "locked". */
const LOCK_STATUS_KEY = ['locked-mode', 'status'];

export function createQueryClient(): QueryClient {
  // Locked from elsewhere (another window in browser mode): the next refusal brings up the locked screen.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'locked') {
      inBackground(client.invalidateQueries({ queryKey: LOCK_STATUS_KEY }));
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // The data lives on this machine: a failure the app explained will not fix itself on retry.
        retry: (count, error) => !(error instanceof ApiError) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
