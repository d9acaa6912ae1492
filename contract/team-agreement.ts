import type { SpreadLabel } from './rules/team-rules';

/** How a domain's indicators spread in one quarter: each indicator is labelled on its own. */
export interface DomainAgreementCounts {
  /** Indicators rated by enough people to show. */
  indicators: number;
  split: number;
  mixed: number;
  'evidence-gap': number;
}

/** How far apart the team's private ratings were, per domain and quarter, over the home's rating rounds. */
export interface TeamAgreement {
  /**
   * Quarters, oldest first, with at least one domain rated by enough people to show (the meeting
   * setting, never below three). Empty: nothing to show.
   */
  quarters: string[];
  /** Domains with at least one quarter to show, in framework order. */
  domains: {
    key: string;
    number: number;
    title: string;
    /**
     * By quarter, the furthest-apart indicator's label (split, then mixed, then evidence gap): a domain
     * is "Agreed" only when every indicator shown was. A quarter missing here had too few raters for
     * this domain, or no round.
     */
    labels: Record<string, SpreadLabel>;
    /** By quarter, how many of the domain's indicators were split, mixed or an evidence gap. */
    counts: Record<string, DomainAgreementCounts>;
  }[];
}

export const AGREEMENT_WORDS: Record<SpreadLabel, string> = {
  agreed: 'Agreed',
  mixed: 'Mixed',
  split: 'Split',
  'evidence-gap': 'Evidence gap',
};

/** The worst first: one split indicator makes the domain split, whatever the others. */
export const AGREEMENT_ORDER: SpreadLabel[] = ['split', 'mixed', 'evidence-gap', 'agreed'];

const COUNT_WORDS = { split: 'split', mixed: 'mixed', 'evidence-gap': 'an evidence gap' } as const;

/** A domain's cell in words: "Agreed on all 4", or "1 of 4 split, 2 of 4 mixed". */
export function agreementText(counts: DomainAgreementCounts): string {
  const n = counts.indicators;
  const parts = (['split', 'mixed', 'evidence-gap'] as const)
    .filter((label) => counts[label] > 0)
    .map((label) => `${counts[label]} of ${n} ${COUNT_WORDS[label]}`);
  if (parts.length > 0) return parts.join(', ');
  return n === 1 ? 'Agreed on the 1 indicator' : `Agreed on all ${n}`;
}
