import { useQuery } from '@tanstack/react-query';
import { invoke } from './client';

export const appInfoKeys = {
  all: ['app-info'] as const,
};

export function useAppInfo() {
  return useQuery({ queryKey: appInfoKeys.all, queryFn: () => invoke('app.info', {}) });
}
