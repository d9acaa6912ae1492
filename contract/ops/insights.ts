import { z } from 'zod';
import type { DashboardData, ProviderHome } from '../dashboard';
import type { EarlyWarning } from '../rules/early-warning';
import { id, quarter, type SaveReceipt } from '../review';
import { acknowledgeAlertInput, saveMetricsInput, type QuarterMetrics } from '../tracking';
import { none, read, write } from './op';

/** The dashboard, the provider's view, alerts and the quarter's figures. */
export const insightsOperations = {
  'dashboard.get': read<DashboardData>()(z.strictObject({ homeId: id })),
  /** Leading signs over the last four quarters; apart from dashboard.get, as it sits below the first screen. */
  'dashboard.earlyWarning': read<EarlyWarning>()(z.strictObject({ homeId: id })),
  'provider.overview': read<ProviderHome[]>()(none),
  'alerts.acknowledge': write<SaveReceipt>()(acknowledgeAlertInput),
  'metrics.get': read<QuarterMetrics | null>()(z.strictObject({ homeId: id, quarter })),
  'metrics.save': write<QuarterMetrics>()(saveMetricsInput),
} as const;
