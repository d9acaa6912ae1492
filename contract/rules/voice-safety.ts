/**
 * Safety first (voice-meetings-reports.md, rule 1): a young person who says they do not feel safe, or
 * that there is no adult here they trust, is told at once who they can talk to; and the manager learns
 * that someone in the home said so, without who. Pure rules, shared by the store and the survey screen.
 */
import { SCALE_CHOICES, type Scale } from '../voice-scales';

/** Which worry a question can raise: feeling safe here, or having an adult here to trust. */
export const TALK_PROMPTS = ['safe', 'trusted-adult'] as const;
export type TalkPrompt = (typeof TALK_PROMPTS)[number];

/** The built-in children's questions about a trusted adult (Y4, E4); feeling safe is found by hallmark. */
const TRUSTED_ADULT_KEYS = new Set(['Y4', 'E4']);

/**
 * The worry a children's question raises when answered low: any children's question on the safety
 * hallmark (the built-in "I feel safe" ones, Y1 and E1, and any the manager adds there), and the
 * built-in trusted-adult questions, whatever their wording has become.
 */
export function talkPromptOf(
  set: string,
  builtinKey: string | null,
  domainKey: string | null,
): TalkPrompt | null {
  if (set !== 'young' && set !== 'easy') return null;
  if (domainKey === 'safety') return 'safe';
  return builtinKey !== null && TRUSTED_ADULT_KEYS.has(builtinKey) ? 'trusted-adult' : null;
}

/** Whether an answer is one of the scale's two lowest (Sometimes or Never; the in-between or sad face). */
export function isLowerAnswer(scale: Scale, choice: number | null): boolean {
  if (choice === null) return false;
  const lowest = SCALE_CHOICES[scale]
    .filter((c) => c.score !== null)
    .sort((a, b) => a.score! - b.score!)
    .slice(0, 2);
  return lowest.some((c) => c.value === choice);
}

/** Childline (NSPCC): free for children and young people, any time of day or night. */
export const CHILDLINE_NUMBER = '0800 1111';

/** What the manager is told, per worry, when a quarter's results may be shown. */
export const WORRY_FOR_MANAGER: Record<TalkPrompt, { said: string; next: string }> = {
  safe: {
    said: 'At least one young person said they feel safe here only sometimes, or not at all.',
    next:
      'Talk with each young person, in private, about whether they feel safe and who they can go to. ' +
      'Talk with every one of them, so no one is singled out, and do not try to work out who answered. ' +
      'If anything you hear worries you, follow your safeguarding procedures straight away.',
  },
  'trusted-adult': {
    said: 'At least one young person said there is not always an adult here they trust and can talk to.',
    next:
      'Talk with each young person about which adults they can go to, in the home and outside it: their ' +
      `social worker, an independent advocate, and Childline on ${CHILDLINE_NUMBER}. Think with the team ` +
      'about how each young person gets time with an adult they choose.',
  },
};

/** What the Reg 45 review says, per worry, when a young person raised it in the six months. */
export const REG45_WORRY_SAID: Record<TalkPrompt, string> = {
  safe: 'In this period, at least one young person said in a survey that they feel safe here only sometimes, or not at all.',
  'trusted-adult':
    'In this period, at least one young person said in a survey that there is not always an adult here they trust and can talk to.',
};

/**
 * Hallmarks knows that a worry was raised, never who raised it nor what was done about it: the review
 * asks the registered person to say so in their own analysis, rather than claiming it was done.
 */
export const REG45_WORRY_FOLLOW_UP =
  'Hallmarks does not hold who said so, or what was done. The registered person’s analysis should confirm ' +
  'that each young person was spoken with, and that any concern was followed up under the home’s ' +
  'safeguarding procedures.';

/** The worries raised in any of the period's quarters, in a fixed order; never who or how many. */
export function worriesIn(
  quarters: readonly { quarter: string; worries: readonly TalkPrompt[] }[],
  period: readonly string[],
): TalkPrompt[] {
  const raised = new Set(quarters.filter((q) => period.includes(q.quarter)).flatMap((q) => q.worries));
  return TALK_PROMPTS.filter((w) => raised.has(w));
}
