import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../home-date';

/**
 * Staff rating on their own phones through the provider's hub. The home sends the sheet (the indicators'
 * statements, each domain's descriptors and the grades' meanings) and an opaque number per person; the
 * hub gives back one link per person, keeps only the tallies and who has finished, and hands the tallies
 * to the home once the round has ended with enough people, never fewer than three.
 */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'Text may not contain NUL');
const key = text(80).min(1);
const byGrade = z.strictObject({
  '1': text(TEXT_MAX),
  '2': text(TEXT_MAX),
  '3': text(TEXT_MAX),
  '4': text(TEXT_MAX),
});

export const RATING_LINK_MIN_RATERS = 3;

export const ratingSheet = z.strictObject({
  /** "Oct to Dec 2026": which review the staff are rating for. */
  period: text(NAME_MAX).min(1),
  gradeMeanings: byGrade,
  domains: z
    .array(
      z.strictObject({
        key,
        number: z.number().int().min(1).max(20),
        title: text(NAME_MAX).min(1),
        descriptors: byGrade,
        indicators: z
          .array(z.strictObject({ key, number: text(10).min(1), statement: text(TEXT_MAX).min(1) }))
          .min(1)
          .max(20),
      }),
    )
    .min(1)
    .max(12),
});
export type RatingSheet = z.infer<typeof ratingSheet>;

export const openRatingRoundRequest = z.strictObject({
  sheet: ratingSheet,
  /** The home's own number for each person (its staff id): the hub never learns a name. */
  people: z
    .array(z.strictObject({ ref: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }))
    .min(1)
    .max(100),
  minRaters: z.number().int().min(RATING_LINK_MIN_RATERS).max(100),
});
export type OpenRatingRoundRequest = z.infer<typeof openRatingRoundRequest>;

export const ratingGrade = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const submitRatingsRequest = z.strictObject({
  ratings: z
    .array(z.strictObject({ indicatorKey: key, rating: ratingGrade }))
    .min(1)
    .max(240),
});

/** Per indicator, how many chose each grade (0 is "don't know"). */
export type RatingTallies = Record<string, Record<'0' | '1' | '2' | '3' | '4', number>>;

export interface RatingRoundStatus {
  roundId: string;
  /** The home's numbers of the people who have finished, and of all invited. */
  finished: number[];
  invited: number;
  closed: boolean;
  /** Only once the round has ended with at least minRaters finished; null otherwise. */
  tallies: RatingTallies | null;
}

/** What a phone sees: the sheet, or why it cannot rate. */
export type RatingLinkAnswer =
  { state: 'open'; sheet: RatingSheet } | { state: 'used' | 'ended' | 'unknown' };
