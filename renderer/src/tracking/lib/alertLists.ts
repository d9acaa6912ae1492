import type { Alert } from '@contract/alerts';

const ORDER: Record<Alert['severity'], number> = { high: 0, medium: 1, low: 2 };

export const SEVERITY_WORDS: Record<Alert['severity'], string> = {
  high: 'High priority',
  medium: 'Medium priority',
  low: 'Low priority',
};

/** Open alerts, most serious first; acknowledged ones apart, most recently acknowledged first. */
export function splitAlerts(alerts: Alert[]): { open: Alert[]; acknowledged: Alert[] } {
  const open = alerts.filter((a) => !a.acknowledged).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const acknowledged = alerts
    .filter((a) => a.acknowledged)
    .sort((a, b) => (b.acknowledged?.at ?? '').localeCompare(a.acknowledged?.at ?? ''));
  return { open, acknowledged };
}

/** Alert links are hash routes ("#/reports"); the router wants the path alone. */
export const routeOf = (link: string): string => link.replace(/^#/, '') || '/';
