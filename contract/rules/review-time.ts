/**
 * A keystroke model of the manager's time for a whole quarterly review of framework version 2 (48
 * indicators, three judgements, the summary), so "45 minutes" is a figure computed from counted clicks and
 * key presses, not a guess. Operators (issue 24): 1.5 s a click, 0.28 s a key press or typed character,
 * 45 s to recall each piece of evidence. Two more, stated here because the issue's three cannot price
 * checking text that is already on the screen: reading at 200 words a minute (0.3 s a word, a common
 * figure for reading on screen), and the keystroke-level model's 1.35 s of mental preparation before a
 * decision. Reading and checking are counted only for "Same as last quarter": a note written afresh is
 * priced as recall and typing in full, even when a fact from the records was added to it.
 */
export const SECONDS = { click: 1.5, press: 0.28, character: 0.28, recall: 45, word: 0.3, decide: 1.35 };

/** The issue's whole review before this work: 224 clicks, 59 evidence notes recalled, 69 text boxes. */
export const ISSUE_BEFORE = { clicks: 224, recalls: 59, textBoxes: 69 };

/**
 * Characters typed into each text box. The issue gives its counts and its total (about 90 minutes) but not
 * the length of a note; 125 characters (about 20 words, one or two sentences) is the length at which its
 * counts come to 90 minutes, and the same length is used for every note written afresh after.
 */
export const NOTE_CHARACTERS = 125;

/** What one step of the review costs the manager, in operators. */
export interface Effort {
  clicks: number;
  /** Key presses besides typing (Tab, the shortcut keys, Enter, Space). */
  presses: number;
  characters: number;
  recalls: number;
  /** Words read to check text on screen (last quarter's note, before confirming it). */
  wordsRead: number;
  decisions: number;
}

export const NO_EFFORT: Effort = {
  clicks: 0,
  presses: 0,
  characters: 0,
  recalls: 0,
  wordsRead: 0,
  decisions: 0,
};

export const addEffort = (a: Effort, b: Effort): Effort => ({
  clicks: a.clicks + b.clicks,
  presses: a.presses + b.presses,
  characters: a.characters + b.characters,
  recalls: a.recalls + b.recalls,
  wordsRead: a.wordsRead + b.wordsRead,
  decisions: a.decisions + b.decisions,
});

export const sumEffort = (efforts: Effort[]): Effort => efforts.reduce(addEffort, NO_EFFORT);

export function secondsOf(e: Effort): number {
  return (
    e.clicks * SECONDS.click +
    (e.presses + e.characters) * SECONDS.press +
    e.recalls * SECONDS.recall +
    e.wordsRead * SECONDS.word +
    e.decisions * SECONDS.decide
  );
}

/** Minutes, to one decimal place. */
export const minutesOf = (e: Effort): number => Math.round((secondsOf(e) / 60) * 10) / 10;

/** An indicator written afresh by the old path: choose, click into the note, tick a source, Next. */
export const ISSUE_INDICATOR: Effort = {
  ...NO_EFFORT,
  clicks: 4,
  characters: NOTE_CHARACTERS,
  recalls: 1,
};

export const INDICATORS_V2 = 48;

/**
 * Everything but the indicators, as the issue counted it and left unchanged by this work: the eight
 * domain judgements and three SCCIF judgements with their reasons (the other 11 recalled notes), the
 * summary and sign-off (the other text boxes), and the clicks between steps.
 */
export const REST_OF_REVIEW: Effort = {
  ...NO_EFFORT,
  clicks: ISSUE_BEFORE.clicks - INDICATORS_V2 * ISSUE_INDICATOR.clicks,
  recalls: ISSUE_BEFORE.recalls - INDICATORS_V2,
  characters: (ISSUE_BEFORE.textBoxes - INDICATORS_V2) * NOTE_CHARACTERS,
};

/** The measured path of one indicator, and what the model adds to it. */
export interface IndicatorWalk {
  clicks: number;
  presses: number;
  /** An evidence note written afresh: one recall and a note's typing. */
  wroteNote: boolean;
  /** Confirmed as the same as last quarter: the words of the note checked before confirming. */
  confirmedWords: number | null;
}

export function indicatorEffort(walk: IndicatorWalk): Effort {
  return {
    clicks: walk.clicks,
    presses: walk.presses,
    characters: walk.wroteNote ? NOTE_CHARACTERS : 0,
    recalls: walk.wroteNote ? 1 : 0,
    wordsRead: walk.confirmedWords ?? 0,
    decisions: walk.confirmedWords === null ? 0 : 1,
  };
}

/** The mean measured path of one kind of indicator, rounded up to whole clicks and presses. */
export function typicalWalk(walks: IndicatorWalk[]): Pick<IndicatorWalk, 'clicks' | 'presses'> {
  if (walks.length === 0) throw new Error('No indicator of this kind was walked.');
  const mean = (n: (w: IndicatorWalk) => number) =>
    Math.ceil(walks.reduce((s, w) => s + n(w), 0) / walks.length);
  return { clicks: mean((w) => w.clicks), presses: mean((w) => w.presses) };
}

/**
 * A whole review: every indicator by the path measured for its kind (confirmed with the words of its own
 * last note, or written afresh), plus the rest of the review as the issue counted it.
 */
export function wholeReview(
  indicators: ({ kind: 'confirmed'; words: number } | { kind: 'afresh' })[],
  measured: { confirmed: IndicatorWalk[]; afresh: IndicatorWalk[] },
): Effort {
  const afresh = indicators.some((i) => i.kind === 'afresh') ? typicalWalk(measured.afresh) : null;
  const confirmed = indicators.some((i) => i.kind === 'confirmed') ? typicalWalk(measured.confirmed) : null;
  return addEffort(
    REST_OF_REVIEW,
    sumEffort(
      indicators.map((i) =>
        i.kind === 'afresh'
          ? indicatorEffort({ ...afresh!, wroteNote: true, confirmedWords: null })
          : indicatorEffort({ ...confirmed!, wroteNote: false, confirmedWords: i.words }),
      ),
    ),
  );
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * How many of the indicators offered "Same as last quarter" could instead be written afresh (the records
 * or the manager find they changed) with the whole review still within `limit` minutes: the margin behind
 * the figure. Those with the shortest notes are turned first, so the margin is not flattered.
 */
export function afreshMargin(
  indicators: ({ kind: 'confirmed'; words: number } | { kind: 'afresh' })[],
  measured: { confirmed: IndicatorWalk[]; afresh: IndicatorWalk[] },
  limit: number,
): number {
  const confirmed = indicators
    .flatMap((i, index) => (i.kind === 'confirmed' ? [{ index, words: i.words }] : []))
    .sort((a, b) => a.words - b.words);
  const turned = new Set<number>();
  let margin = 0;
  for (const { index } of confirmed) {
    turned.add(index);
    const next = indicators.map((i, at) => (turned.has(at) ? { kind: 'afresh' as const } : i));
    if (minutesOf(wholeReview(next, measured)) > limit) break;
    margin += 1;
  }
  return margin;
}
