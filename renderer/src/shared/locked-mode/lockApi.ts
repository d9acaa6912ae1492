import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { invoke } from '@shared/api/client';

export const lockKeys = {
  // queryClient.ts refreshes this key when the server refuses a call as locked.
  status: ['locked-mode', 'status'] as const,
  pin: ['locked-mode', 'pin'] as const,
  password: ['locked-mode', 'password'] as const,
};

/** The lock status's query; main.tsx prefetches it with a report's print views (see App). */
export const lockStatusQuery = {
  queryKey: lockKeys.status,
  queryFn: () => invoke('lock.status', {}),
  staleTime: Infinity,
};

/** Whether the app is locked, and for what: the server keeps this, so a reload or restart stays locked. */
export function useLockStatus() {
  return useQuery(lockStatusQuery);
}

export function usePinStatus() {
  return useQuery({ queryKey: lockKeys.pin, queryFn: () => invoke('pin.status', {}) });
}

export function useSetPin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'pin.set'>) => invoke('pin.set', input),
    onSuccess: (status) => queryClient.setQueryData(lockKeys.pin, status),
  });
}

export function usePasswordStatus() {
  return useQuery({ queryKey: lockKeys.password, queryFn: () => invoke('password.status', {}) });
}

export function useSetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'password.set'>) => invoke('password.set', input),
    onSuccess: (status) => queryClient.setQueryData(lockKeys.password, status),
  });
}

/** Locks the app for `mode`: from here the window shows only that mode's screen until the PIN is typed. */
export function useEnterLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'lock.enter'>) => invoke('lock.enter', input),
    onSuccess: (status) => queryClient.setQueryData(lockKeys.status, status),
  });
}

export function useExitLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'lock.exit'>) => invoke('lock.exit', input),
    onSuccess: async () => {
      // What was shown before may have changed while locked (new ratings, answers): read it all again.
      queryClient.setQueryData(lockKeys.status, null);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey !== lockKeys.status });
    },
  });
}
