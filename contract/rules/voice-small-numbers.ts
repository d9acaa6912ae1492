import type { ChoiceCount } from '../voice';
import { SCALE_CHOICES, type Scale } from '../voice-scales';

/** Below this many answers a question's answers print as "x of n positive", never a count per option. */
export const SMALL_NUMBER = 5;

/**
 * A question's answers when fewer than five young people gave them: how many of those who answered were
 * positive (an answer scoring above the middle of its scale), so no single option's count (which could
 * be one child) is printed. Null for five answers or more, where the counts print as they are.
 */
export function smallNumberWords(scale: Scale, counts: ChoiceCount[], answered: number): string | null {
  if (answered >= SMALL_NUMBER) return null;
  const positive = counts
    .filter((c) => {
      const score = SCALE_CHOICES[scale].find((choice) => choice.value === c.value)?.score ?? null;
      return score !== null && score > 0.5;
    })
    .reduce((sum, c) => sum + c.count, 0);
  return `${positive} of ${answered} positive`;
}
