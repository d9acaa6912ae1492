import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from './client';

export const backupKeys = { all: ['backups'] as const };

export function useBackups() {
  return useQuery({ queryKey: backupKeys.all, queryFn: () => invoke('backups.list', {}) });
}

export function useBackUpNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('backups.create', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  });
}

/** Restore and undo replace every piece of data, so everything cached is read again. */
export function useRestore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string | null) =>
      name === null ? invoke('backups.undoRestore', {}) : invoke('backups.restore', { name }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useSetBackupFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (folder: string) => invoke('backups.setFolder', { folder }),
    onSuccess: (overview) => queryClient.setQueryData(backupKeys.all, overview),
  });
}
