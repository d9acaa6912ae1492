/**
 * The shape of a self-assessment framework: content held as typed data.
 * Types only, no runtime code: the renderer imports this file as well as the Node side.
 */

/** 4 Outstanding, 3 Good, 2 Requires improvement to be good, 1 Inadequate (the SCCIF labels, used internally). */
export type Grade = 4 | 3 | 2 | 1;

/** A grade, or 0 for "Not enough evidence yet". */
export type Rating = Grade | 0;

/**
 * The three SCCIF judgement areas: overall experiences and progress; how well children are helped and
 * protected; the effectiveness of leaders and managers.
 */
export type SccifArea = 'experiences' | 'protection' | 'leadership';

export interface FrameworkIndicator {
  /** Stable across versions where the meaning is unchanged, e.g. 'lead.visible'. */
  key: string;
  statement: string;
  /** Two to four questions that help the manager find evidence. */
  evidencePrompts: string[];
  /** True for the safeguarding indicators in the safety domain (a 1 on any of them caps the overall at 1). */
  safeguarding?: boolean;
  /** Regulations beyond the domain's Quality Standards that this indicator speaks to (version 2 on). */
  regulations?: number[];
}

export interface FrameworkDomain {
  /** Stable slug, e.g. 'leadership'. */
  key: string;
  /** 1 to 8. */
  number: number;
  title: string;
  /** One or two sentences: why this hallmark matters. */
  summary: string;
  /** What this domain looks like at each grade, one or two sentences each. */
  grades: Record<Grade, string>;
  /** Four to six. */
  indicators: FrameworkIndicator[];
  /** Quality Standard regulation numbers: 6 to 14, and 5 (engaging with the wider system) from version 2. */
  qualityStandards: number[];
  sccifAreas: SccifArea[];
  /** 'safeguarding': a safeguarding indicator at 1 caps the overall at 1; 'leadership': this domain at 1 caps it at 2. */
  limiting?: 'safeguarding' | 'leadership';
  /** Version 2 on: the evidence sources offered first for this domain (the rest sit under "more sources"). */
  evidenceShortlist?: string[];
}

/** What informs one of the three SCCIF judgements: whole domains (their judgements) and single indicators. */
export interface SccifInputs {
  domains: string[];
  /** Single indicators from other domains, with a short name for the reasons. */
  indicators: { key: string; label: string }[];
  /**
   * Helped and protected only: the safeguarding indicators of the first domain listed. The suggestion is
   * no better than the lowest of that domain's judgement and these.
   */
  safety?: { key: string; label: string }[];
}

export interface EvidenceSource {
  key: string;
  label: string;
}

export interface Framework {
  key: 'hallmarks';
  version: number;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  publishedOn: string;
  domains: FrameworkDomain[];
  evidenceSources: EvidenceSource[];
  ratingLabels: Record<Rating, string>;
  /** The general meaning of each grade, whatever the domain. */
  gradeMeanings: Record<Grade, string>;
  /** Keyed by regulation number, 6 to 14. */
  qualityStandardTitles: Record<number, string>;
  sccifAreaTitles: Record<SccifArea, string>;
  /** Says plainly that these are the home's own judgements, not a forecast of Ofsted's. */
  disclaimer: string;
  /**
   * Version 2 on: the three SCCIF judgements are recorded in every review. Helped and protected and
   * leaders and managers are informed by these; overall experiences and progress by every domain.
   * Absent in version 1, whose reviews recorded one overall judgement.
   */
  sccif?: { protection: SccifInputs; leadership: SccifInputs };
  /** Version 2 on: a one-line meaning of each grade, shown beside the rating itself. */
  gradeShortMeanings?: Record<Grade, string>;
}
