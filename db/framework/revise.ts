import type { FrameworkDomain, FrameworkIndicator } from '../../contract/framework';

/** How a later framework version changes one domain of an earlier one. */
export interface DomainRevision {
  title?: string;
  summary?: string;
  grades?: FrameworkDomain['grades'];
  qualityStandards?: number[];
  evidenceShortlist: string[];
  /** Indicators whose meaning changed: the old key, and the new indicator (with a new key) in its place. */
  replace?: Record<string, FrameworkIndicator>;
  /** Wording fixes and regulation mappings that keep the indicator's key (same meaning). */
  amend?: Record<string, Partial<Omit<FrameworkIndicator, 'key'>>>;
  /** New indicators, added at the end of the domain. */
  add?: FrameworkIndicator[];
}

/**
 * A domain of the new version, built from the old one so unchanged content is written once. The
 * indicator-level limiting flags of version 1 are dropped: from version 2 the limiting rules apply to the
 * three SCCIF judgements, never to a single indicator or domain.
 */
export function reviseDomain(domain: FrameworkDomain, revision: DomainRevision): FrameworkDomain {
  const indicators = domain.indicators.map((indicator): FrameworkIndicator => {
    const replaced = revision.replace?.[indicator.key];
    if (replaced) return replaced;
    const { safeguarding: _dropped, ...rest } = indicator;
    return { ...rest, ...revision.amend?.[indicator.key] };
  });
  const { limiting: _limiting, ...rest } = domain;
  return {
    ...rest,
    title: revision.title ?? domain.title,
    summary: revision.summary ?? domain.summary,
    grades: revision.grades ?? domain.grades,
    qualityStandards: revision.qualityStandards ?? domain.qualityStandards,
    evidenceShortlist: revision.evidenceShortlist,
    indicators: [...indicators, ...(revision.add ?? [])],
  };
}
