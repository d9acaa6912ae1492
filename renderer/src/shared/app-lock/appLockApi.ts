import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';

export const appLockKeys = { status: ['app-lock', 'status'] as const };

/** Whether the lock can be used (a PIN or password is set), its idle time, and the ways in. */
export function useAppLockStatus() {
  return useQuery({ queryKey: appLockKeys.status, queryFn: () => invoke('appLock.status', {}) });
}

export function useSetIdleMinutes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'appLock.setIdle'>) => invoke('appLock.setIdle', input),
    onSuccess: (status) => queryClient.setQueryData(appLockKeys.status, status),
  });
}

export function useUnlockApp() {
  return useMutation({
    mutationFn: (input: InputOf<'appLock.unlock'>) => invoke('appLock.unlock', input),
  });
}
