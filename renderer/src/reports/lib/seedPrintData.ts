import type { QueryClient } from '@tanstack/react-query';
import { parseReportPath } from '@contract/reports';
import { improvementKeys } from '@improvement/api';
import { invoke } from '@shared/api/client';
import { homeKeys } from '@shared/api/homes';
import { trackingKeys } from '@tracking/api';

/**
 * For a window opened on an inspection pack: reads everything the pack prints in one call, while the
 * print views' code is still loading, and puts it where the view's own queries (the screens' cache
 * keys) will find it, so the view renders with its data at once instead of sending six requests after
 * it has loaded. Any other address, or a read that fails, seeds nothing: the view then reads for itself
 * and shows its own message.
 */
export async function seedPrintData(queryClient: QueryClient, location: string): Promise<void> {
  const route = parseReportPath(location);
  if (route?.report !== 'inspection-pack') return;
  const { homeId } = route;
  const pack = await invoke('reports.inspectionPack', { homeId }).catch(() => null);
  if (!pack) return;
  queryClient.setQueryData(homeKeys.detail(homeId), pack.home);
  queryClient.setQueryData(trackingKeys.dashboard(homeId), pack.dashboard);
  queryClient.setQueryData(improvementKeys.actions(homeId), pack.actions);
  queryClient.setQueryData(improvementKeys.reg44(homeId), pack.reg44);
  queryClient.setQueryData(improvementKeys.reg45(homeId), pack.reg45);
  queryClient.setQueryData(improvementKeys.ofsted(homeId), pack.ofsted);
}
