import type { Grade, Rating, SccifArea } from '../framework';
import { ratingLabel } from './judgements';
import { SCCIF_TITLES, sccifTitleInSentence } from './sccif-titles';

/**
 * Helped and protected is SCCIF's limiting judgement (section 4.1): a suggestion for it starts from whether
 * children are safe, never from an average of other areas. These rules hold that line; `sccif.ts` applies
 * them.
 */

/** Said beside helped and protected whenever a safeguarding indicator is rated Inadequate. */
export const INADEQUATE_LIKELY = 'Inadequate is likely: say how children are safe now.';

/** Said beside leaders and managers when helped and protected is below Good. */
export const MONITORING_PROMPT = 'Did your own monitoring miss this?';

const PROTECTION = sccifTitleInSentence('protection');

export interface SafetyInput {
  label: string;
  value: Rating | null;
}

export interface SafetyCeiling {
  /** The best the helped-and-protected suggestion may be; 4 when nothing limits it. */
  cap: Grade;
  /** Why, one sentence per input that set or lowered the cap. */
  reasons: string[];
  /** True when a safeguarding indicator is Inadequate: the manager says how children are safe now. */
  inadequateLikely: boolean;
}

/**
 * The ceiling the safety domain's judgement and its safeguarding indicators put on helped and protected:
 * no better than the lowest of them. A single Inadequate indicator does not make the judgement Inadequate
 * on its own (the limits apply to judgements, not indicators), so it means requires improvement to be good
 * at best, with Inadequate likely. "Not enough evidence yet" on a safeguarding indicator also means no
 * better than requires improvement: Good needs current evidence that children are safe. Every other input
 * (behaviour, recruitment and so on) that is Inadequate also keeps the suggestion below Good.
 */
export function safetyCeiling(
  domain: SafetyInput,
  safeguarding: SafetyInput[],
  others: SafetyInput[],
): SafetyCeiling {
  let cap: Grade = 4;
  const reasons: string[] = [];
  // Only what keeps it below Good is worth a sentence; a Good input caps silently (see `sccif.ts`).
  const lower = (to: Grade, reason: string) => {
    if (to < cap) cap = to;
    if (to < 3) reasons.push(reason);
  };
  if (domain.value !== null && domain.value > 0) {
    const value = domain.value as Grade;
    lower(value, `${domain.label} is ${ratingLabel(value)}, so ${PROTECTION} can be no better.`);
  }
  const inadequate = safeguarding.filter((i) => i.value === 1);
  for (const input of safeguarding) {
    if (input.value === 1)
      lower(2, `${input.label} is Inadequate, so the suggestion is requires improvement to be good at best.`);
    else if (input.value === 0)
      lower(
        2,
        `${input.label} has not enough evidence yet; Good needs current evidence that children are safe, so the suggestion is requires improvement to be good at best.`,
      );
    else if (input.value !== null)
      lower(input.value, `${input.label} is ${ratingLabel(input.value)}, so ${PROTECTION} can be no better.`);
  }
  for (const input of others) {
    if (input.value === 1)
      lower(2, `${input.label} is Inadequate, so the suggestion is requires improvement to be good at best.`);
  }
  return { cap, reasons, inadequateLikely: inadequate.length > 0 };
}

/** What the manager is asked to write for one judgement, and the completion problem while it is empty. */
export interface ReasonAsked {
  /** 'changed': a departure from the suggestion, which is not saved without its reason. */
  kind: 'changed' | 'safe-now' | 'monitoring';
  label: string;
  hint: string;
  /** The completion problem's message while no reason is written. */
  missing: string;
}

export interface ReasonContext {
  area: SccifArea;
  judgement: Grade | null;
  suggested: Grade | null;
  inadequateLikely: boolean;
  /** Helped and protected as confirmed, or as suggested while unconfirmed. */
  protection: Grade | null;
}

/**
 * Whether a judgement needs a written reason, and what to ask. A change from the suggestion always does
 * (choosing Inadequate when the suggestion says Inadequate is likely is not a change that needs defending);
 * helped and protected kept above Inadequate while a safeguarding indicator is Inadequate asks how children
 * are safe now; leaders and managers kept at Good or better while helped and protected is below Good asks
 * why the home's own monitoring did not catch it.
 */
export function reasonAsked(context: ReasonContext): ReasonAsked | null {
  const { area, judgement, suggested } = context;
  if (judgement === null) return null;
  const title = sccifTitleInSentence(area);
  const inadequateAgreed = area === 'protection' && context.inadequateLikely && judgement === 1;
  if (suggested !== null && judgement !== suggested && !inadequateAgreed) {
    return {
      kind: 'changed',
      label: 'Why you changed the suggestion',
      hint: 'Say what the evidence shows that the suggestion does not.',
      missing: `Summary: why the judgement on ${title} differs from the suggestion.`,
    };
  }
  if (area === 'protection' && context.inadequateLikely && judgement > 1) {
    return {
      kind: 'safe-now',
      label: 'How children are safe now',
      hint: 'A safeguarding indicator is Inadequate. Say what keeps each child safe today, and since when.',
      missing: `Summary: how children are safe now, with ${title} above Inadequate while a safeguarding indicator is Inadequate.`,
    };
  }
  if (area === 'leadership' && judgement >= 3 && context.protection !== null && context.protection <= 2) {
    return {
      kind: 'monitoring',
      label: `Why ${title} is still ${ratingLabel(judgement)}`,
      hint: `${SCCIF_TITLES.protection} is ${ratingLabel(context.protection)}. ${MONITORING_PROMPT} Say how leaders found it and acted.`,
      missing: `Summary: why ${title} is still ${ratingLabel(judgement)} when ${PROTECTION} is ${ratingLabel(context.protection)}.`,
    };
  }
  return null;
}

/** The prompt beside leaders and managers while helped and protected is below Good. */
export function monitoringPrompt(protection: Grade | null): string | null {
  if (protection === null || protection > 2) return null;
  return `${SCCIF_TITLES.protection} is ${ratingLabel(protection)}. ${MONITORING_PROMPT} If ${sccifTitleInSentence('leadership')} stays Good or better, say why.`;
}
