import { z } from 'zod';
import { id } from './review';

/** A review's team rating round: which domains staff rate, and how many sheets are in. */
export interface TeamRound {
  id: number;
  reviewId: number;
  homeId: number;
  quarter: string;
  /** Empty: every domain. */
  domainKeys: string[];
  /** Finished sheets, on screen and from paper. Counts only: no sheet is ever shown on its own. */
  sheets: number;
  fromPaper: number;
  /**
   * Who rated on screen and gave their name, alphabetically. Kept apart from the sheets: nothing links
   * a name to the ratings given.
   */
  named: string[];
  /**
   * Rating has ended (the manager ended it, the meeting was recorded or the review completed): only then
   * is the spread shown, and no more sheets are taken.
   */
  closed: boolean;
  /**
   * Staff are rating this round on their own phones through the provider's hub (a connected home only):
   * until that ends, no sheet is taken on this computer or from paper, so every rater is counted in one
   * place and the results threshold applies to everyone who rated, never to the phones alone.
   */
  onPhones: boolean;
}

/** What a rater needs to rate: the indicators, numbered as in the review, and who may be named. */
export interface RatingSheet {
  roundId: number;
  quarter: string;
  domains: {
    key: string;
    number: number;
    title: string;
    indicators: { key: string; number: string; statement: string }[];
  }[];
  /** Current staff, to say who is rating (optional). */
  staff: { id: number; name: string }[];
}

const domainKey = z.string().min(1).max(80);

export const openRoundInput = z.strictObject({
  reviewId: id,
  domainKeys: z.array(domainKey).max(20),
});

export const closeRoundInput = z.strictObject({ roundId: id });

export const submitSheetInput = z.strictObject({
  roundId: id,
  /**
   * Who is rating, kept only as someone who took part (never with the sheet); null: rather not say.
   * Paper sheets carry no name.
   */
  staffId: id.nullable(),
  fromPaper: z.boolean(),
  ratings: z
    .array(
      z.strictObject({
        indicatorKey: z.string().min(1).max(80),
        rating: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
          error: 'Choose a rating or “Don’t know”',
        }),
      }),
    )
    .max(200),
});
export type SubmitSheetInput = z.output<typeof submitSheetInput>;
