import type { Home } from '@contract/home';
import { useAppInfo } from './appInfo';
import { useHomes } from './homes';

/**
 * The home the manager is working in: the one app.info names, or the first home if that one is gone.
 * Screens wait until isPending is false before reading it.
 */
export function useCurrentHome() {
  const homes = useHomes();
  const info = useAppInfo();
  const list = homes.data ?? [];
  const current: Home | undefined = list.find((h) => h.id === info.data?.currentHomeId) ?? list[0];
  return {
    homes: list,
    home: current,
    info: info.data,
    isPending: homes.isPending || info.isPending,
    // A failed background refresh keeps the data already shown; only a failed first load is an error.
    error: (homes.data ? null : homes.error) ?? (info.data ? null : info.error),
    retry: () => Promise.all([homes.refetch(), info.refetch()]),
  };
}
