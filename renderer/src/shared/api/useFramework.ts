import { useQuery } from '@tanstack/react-query';
import { useAppInfo } from './appInfo';
import { invoke } from './client';
import { frameworkKeys } from './frameworkKeys';

/** Published framework content never changes for a version, so it is fetched once. */
export function useFramework(version: number | undefined) {
  return useQuery({
    queryKey: frameworkKeys.version(version ?? 0),
    queryFn: () => invoke('framework.get', { version: version as number }),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}

/** The framework new reviews use, as the app reports it. */
export function useCurrentFramework() {
  return useFramework(useAppInfo().data?.frameworkVersion);
}
