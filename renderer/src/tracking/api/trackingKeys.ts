/** Query keys for the tracking screens, so each mutation refreshes exactly what it changed. */
export const trackingKeys = {
  all: ['tracking'] as const,
  dashboards: () => [...trackingKeys.all, 'dashboard'] as const,
  dashboard: (homeId: number) => [...trackingKeys.dashboards(), homeId] as const,
  earlyWarning: (homeId: number) => [...trackingKeys.all, 'earlyWarning', homeId] as const,
  provider: () => [...trackingKeys.all, 'provider'] as const,
  metrics: (homeId: number, quarter: string) => [...trackingKeys.all, 'metrics', homeId, quarter] as const,
};
