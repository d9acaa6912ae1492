import type { SccifArea } from '../framework';

/** SCCIF's three judgements in the order inspectors give them (here, not in sccif.ts, so the dashboard can
 * list them without loading the suggestion rules). */
export const SCCIF_AREAS: SccifArea[] = ['experiences', 'protection', 'leadership'];

/**
 * SCCIF's three judgements, named in full as the SCCIF names them, in the order inspectors give them.
 * Every screen, alert, prompt, report and export uses these words, so a judgement is never shortened to
 * "helped and protected" in one place and named in full in another.
 */
export const SCCIF_TITLES: Readonly<Record<SccifArea, string>> = {
  experiences: 'Overall experiences and progress of children and young people',
  protection: 'How well children and young people are helped and protected',
  leadership: 'The effectiveness of leaders and managers',
};

/** The same full name inside a sentence: "the effectiveness of leaders and managers". */
export function sccifTitleInSentence(area: SccifArea): string {
  const title = SCCIF_TITLES[area];
  return title.charAt(0).toLowerCase() + title.slice(1);
}
