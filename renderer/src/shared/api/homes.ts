import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@contract/operations';
import { appInfoKeys } from './appInfo';
import { invoke } from './client';

export const homeKeys = {
  all: ['homes'] as const,
  list: () => [...homeKeys.all, 'list'] as const,
  detail: (id: number) => [...homeKeys.all, 'detail', id] as const,
};

export const homesQuery = { queryKey: homeKeys.list(), queryFn: () => invoke('homes.list', {}) };

export function useHomes() {
  return useQuery(homesQuery);
}

export function useCreateHome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'homes.create'>) => invoke('homes.create', input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: homeKeys.all });
      await queryClient.invalidateQueries({ queryKey: appInfoKeys.all });
    },
  });
}

export function useUpdateHome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'homes.update'>) => invoke('homes.update', input),
    onSuccess: async (home) => {
      queryClient.setQueryData(homeKeys.detail(home.id), home);
      await queryClient.invalidateQueries({ queryKey: homeKeys.all });
    },
  });
}

export function useSelectHome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => invoke('homes.select', { id }),
    onSuccess: async (info) => {
      queryClient.setQueryData(appInfoKeys.all, info);
      await queryClient.invalidateQueries({ queryKey: homeKeys.all });
    },
  });
}
