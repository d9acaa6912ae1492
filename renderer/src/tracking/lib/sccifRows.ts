import type { HistoryPoint } from '@contract/dashboard';
import type { Grade, SccifArea } from '@contract/framework';
import { SCCIF_AREAS, SCCIF_TITLES } from '@contract/rules/sccif-titles';

/** The three SCCIF judgements as the dashboard names them, in SCCIF order. */
export const SCCIF_ROWS: { area: SccifArea; title: string }[] = SCCIF_AREAS.map((area) => ({
  area,
  title: SCCIF_TITLES[area],
}));

export const pickSccif =
  (area: SccifArea) =>
  (p: HistoryPoint): Grade | null =>
    p.sccif?.[area] ?? null;

/** A review made with framework version 1 recorded one overall judgement, not these three. */
export const madeBeforeV2 = (p: HistoryPoint | undefined): boolean => p !== undefined && p.sccif === null;
