import { describe, expect, it } from 'vitest';
import {
  openRatingRoundRequest,
  RATING_LINK_MIN_RATERS,
  ratingSheet,
  submitRatingsRequest,
  type RatingSheet,
} from './rating';

const byGrade = (what: string) => ({
  '1': `${what} 1`,
  '2': `${what} 2`,
  '3': `${what} 3`,
  '4': `${what} 4`,
});

const indicator = (n: number) => ({ key: `safety.i${n}`, number: `8.${n}`, statement: `Statement ${n}` });

const sheet = (over: Partial<RatingSheet> = {}): RatingSheet => ({
  period: 'Oct to Dec 2026',
  gradeMeanings: byGrade('Meaning'),
  domains: [
    {
      key: 'safety',
      number: 8,
      title: 'Safety',
      descriptors: byGrade('Descriptor'),
      indicators: [indicator(1), indicator(2)],
    },
  ],
  ...over,
});

const domain = (over: Partial<RatingSheet['domains'][number]>) => ({ ...sheet().domains[0]!, ...over });

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ ref: i + 1 }));

const ratings = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ indicatorKey: `safety.i${i}`, rating: i % 5 }));

/** The messages a refused request gives, so each check names why it was refused. */
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('the sheet a phone rates from', () => {
  it('takes a whole sheet as sent, unchanged', () => {
    expect(ratingSheet.parse(sheet())).toEqual(sheet());
  });

  it('refuses a sheet with no period, no domain, or a domain with no indicators', () => {
    expect(ratingSheet.safeParse(sheet({ period: '' })).success).toBe(false);
    expect(ratingSheet.safeParse(sheet({ domains: [] })).success).toBe(false);
    expect(ratingSheet.safeParse(sheet({ domains: [domain({ indicators: [] })] })).success).toBe(false);
    expect(ratingSheet.safeParse(sheet({ domains: [domain({ key: '' })] })).success).toBe(false);
    expect(ratingSheet.safeParse(sheet({ domains: [domain({ title: '' })] })).success).toBe(false);
    expect(
      ratingSheet.safeParse(
        sheet({ domains: [domain({ indicators: [{ ...indicator(1), statement: '' }] })] }),
      ).success,
    ).toBe(false);
  });

  it('refuses text with a NUL in it, saying so, wherever it is', () => {
    for (const bad of [
      sheet({ period: 'Oct\u0000' }),
      sheet({ gradeMeanings: { ...byGrade('Meaning'), '2': 'Good\u0000' } }),
      sheet({ domains: [domain({ indicators: [{ ...indicator(1), statement: 'a\u0000b' }] })] }),
    ]) {
      const result = ratingSheet.safeParse(bad);
      expect(result.success).toBe(false);
      expect(messages(result)).toEqual(['Text may not contain NUL']);
    }
    // An empty grade meaning is allowed (a grade may go unexplained); only the NUL is refused.
    expect(ratingSheet.safeParse(sheet({ gradeMeanings: { ...byGrade('M'), '1': '' } })).success).toBe(true);
  });

  it('needs a meaning for each of the four grades, and nothing more', () => {
    const { '4': _, ...threeGrades } = byGrade('Meaning');
    expect(
      ratingSheet.safeParse(sheet({ gradeMeanings: threeGrades as RatingSheet['gradeMeanings'] })).success,
    ).toBe(false);
    expect(ratingSheet.safeParse({ ...sheet(), extra: 'x' }).success).toBe(false);
  });

  it('takes domains numbered 1 to 20 and up to 12 of them, each with 1 to 20 indicators', () => {
    const ok = (s: RatingSheet) => ratingSheet.safeParse(s).success;
    expect(ok(sheet({ domains: [domain({ number: 1 })] }))).toBe(true);
    expect(ok(sheet({ domains: [domain({ number: 20 })] }))).toBe(true);
    expect(ok(sheet({ domains: [domain({ number: 0 })] }))).toBe(false);
    expect(ok(sheet({ domains: [domain({ number: 21 })] }))).toBe(false);
    expect(ok(sheet({ domains: [domain({ number: 2.5 })] }))).toBe(false);
    const twenty = Array.from({ length: 20 }, (_, i) => indicator(i + 1));
    expect(ok(sheet({ domains: [domain({ indicators: twenty })] }))).toBe(true);
    expect(ok(sheet({ domains: [domain({ indicators: [...twenty, indicator(21)] })] }))).toBe(false);
    const domains = (n: number) =>
      Array.from({ length: n }, (_, i) => domain({ key: `d${i}`, number: i + 1 }));
    expect(ok(sheet({ domains: domains(12) }))).toBe(true);
    expect(ok(sheet({ domains: domains(13) }))).toBe(false);
  });
});

describe('opening a round', () => {
  const request = (over: object = {}) => ({ sheet: sheet(), people: people(4), minRaters: 3, ...over });
  const ok = (over: object) => openRatingRoundRequest.safeParse(request(over)).success;

  it('never lets fewer than three finished people unlock the tallies', () => {
    expect(RATING_LINK_MIN_RATERS).toBe(3);
    expect(ok({ minRaters: 3 })).toBe(true);
    expect(ok({ minRaters: 2 })).toBe(false);
    expect(ok({ minRaters: 100 })).toBe(true);
    expect(ok({ minRaters: 101 })).toBe(false);
  });

  it('invites 1 to 100 people, each by a positive whole number, never a name', () => {
    expect(ok({ people: people(1) })).toBe(true);
    expect(ok({ people: people(100) })).toBe(true);
    expect(ok({ people: [] })).toBe(false);
    expect(ok({ people: people(101) })).toBe(false);
    expect(ok({ people: [{ ref: 0 }] })).toBe(false);
    expect(ok({ people: [{ ref: Number.MAX_SAFE_INTEGER }] })).toBe(true);
    expect(ok({ people: [{ ref: Number.MAX_SAFE_INTEGER + 2 }] })).toBe(false);
    expect(ok({ people: [{ ref: 1, name: 'Sam Reid' }] })).toBe(false);
  });
});

describe('a phone sending its ratings', () => {
  const ok = (body: object) => submitRatingsRequest.safeParse(body).success;

  it("takes grades 1 to 4 and 0 for don't know, nothing else", () => {
    expect(ok({ ratings: [0, 1, 2, 3, 4].map((rating) => ({ indicatorKey: 'safety.i1', rating })) })).toBe(
      true,
    );
    expect(ok({ ratings: [{ indicatorKey: 'safety.i1', rating: 5 }] })).toBe(false);
    expect(ok({ ratings: [{ indicatorKey: 'safety.i1', rating: -1 }] })).toBe(false);
    expect(ok({ ratings: [{ indicatorKey: '', rating: 3 }] })).toBe(false);
  });

  it('takes 1 to 240 ratings at once', () => {
    expect(ok({ ratings: ratings(1) })).toBe(true);
    expect(ok({ ratings: ratings(240) })).toBe(true);
    expect(ok({ ratings: [] })).toBe(false);
    expect(ok({ ratings: ratings(241) })).toBe(false);
  });
});
