import type { Stability, Streaks } from '@contract/rules/trends';

export type StabilityLevel = 'steady' | 'some-change' | 'swinging' | 'too-early';

export const STABILITY_WORDS: Record<StabilityLevel, string> = {
  steady: 'Steady',
  'some-change': 'Some change',
  swinging: 'Swinging',
  'too-early': 'Too early to say',
};

const WINDOW = 8;

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
/** "for 1 quarter", or "for 3 quarters running": a run needs more than one. */
const forQuarters = (n: number) => (n === 1 ? 'for 1 quarter' : `for ${n} quarters running`);

/** How often the grade moved in the last eight quarters, in words: "Changed grade 3 times in 8 quarters". */
export function describeStability({ changes, reviews }: Stability): { level: StabilityLevel; text: string } {
  if (reviews < 2) {
    return { level: 'too-early', text: 'Stability shows once there are two reviews in the last 8 quarters.' };
  }
  const span =
    reviews >= WINDOW ? `in ${WINDOW} quarters` : `in ${reviews} reviews over the last ${WINDOW} quarters`;
  if (changes === 0) return { level: 'steady', text: `No change of grade ${span}.` };
  return {
    level: changes <= 2 ? 'some-change' : 'swinging',
    text: `Changed grade ${times(changes)} ${span}.`,
  };
}

/** Runs of quarters at Good or better and at Outstanding, up to the latest review. */
export function describeStreaks(streaks: Streaks, hasLatest: boolean): string[] {
  if (!hasLatest) return [];
  const lines: string[] = [];
  if (streaks.outstanding > 0) lines.push(`Outstanding ${forQuarters(streaks.outstanding)}.`);
  if (streaks.goodOrBetter > streaks.outstanding || streaks.outstanding === 0) {
    lines.push(
      streaks.goodOrBetter > 0
        ? `Good or better ${forQuarters(streaks.goodOrBetter)}.`
        : 'Below Good in the latest review.',
    );
  }
  return lines;
}
