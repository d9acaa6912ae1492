import type { SpreadLabel } from './rules/team-rules';

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
    /** By quarter; a quarter missing here had too few raters for this domain, or no round. */
    labels: Record<string, SpreadLabel>;
  }[];
}

export const AGREEMENT_WORDS: Record<SpreadLabel, string> = {
  agreed: 'Agreed',
  mixed: 'Mixed',
  split: 'Split',
  'evidence-gap': 'Evidence gap',
};
