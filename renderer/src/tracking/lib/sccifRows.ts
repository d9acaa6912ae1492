import type { HistoryPoint } from '@contract/dashboard';
import type { Grade, SccifArea } from '@contract/framework';

/** The three SCCIF judgements as the dashboard names them, in SCCIF order. */
export const SCCIF_ROWS: { area: SccifArea; title: string }[] = [
  { area: 'experiences', title: 'Overall experiences and progress of children and young people' },
  { area: 'protection', title: 'How well children and young people are helped and protected' },
  { area: 'leadership', title: 'The effectiveness of leaders and managers' },
];

export const pickSccif =
  (area: SccifArea) =>
  (p: HistoryPoint): Grade | null =>
    p.sccif?.[area] ?? null;

/** A review made with framework version 1 recorded one overall judgement, not these three. */
export const madeBeforeV2 = (p: HistoryPoint | undefined): boolean => p !== undefined && p.sccif === null;
