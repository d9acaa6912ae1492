import { useQuery } from '@tanstack/react-query';
import { invoke } from './client';

export const appInfoKeys = {
  all: ['app-info'] as const,
};

export const appInfoQuery = { queryKey: appInfoKeys.all, queryFn: () => invoke('app.info', {}) };

export function useAppInfo() {
  return useQuery(appInfoQuery);
}
