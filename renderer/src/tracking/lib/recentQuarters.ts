import type { DashboardData } from '@contract/dashboard';
import { quartersBetween } from '@contract/rules/quarters';

/** Three years: the span over which Ofsted looked for homes that stayed outstanding. */
export const RECENT_QUARTERS = 12;

/** The dashboard's history and figures cut to the `count` quarters up to the latest review. */
export function recentQuarters(data: DashboardData, count = RECENT_QUARTERS): DashboardData {
  const latest = data.history.at(-1)?.quarter;
  if (!latest) return data;
  const recent = (quarter: string) => quartersBetween(quarter, latest) < count;
  return {
    ...data,
    history: data.history.filter((p) => recent(p.quarter)),
    metrics: data.metrics.filter((m) => recent(m.quarter)),
  };
}

/** How many calendar quarters the history spans, first review to latest. */
export function quartersSpanned(data: DashboardData): number {
  const first = data.history[0]?.quarter;
  const latest = data.history.at(-1)?.quarter;
  return first && latest ? quartersBetween(first, latest) + 1 : 0;
}
