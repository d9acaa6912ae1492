import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../contract/framework';
import type { ReviewDetail, ReviewSummary } from '../../contract/review';
import { frameworkByVersion } from '../framework';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { agreementText } from '../../contract/team-agreement';
import { teamAgreement, type AgreementSources } from './agreement';

const [first, second] = frameworkByVersion(2).domains;
const last = frameworkByVersion(2).domains.at(-1);
const tempFolder = useTempFolder();

/** A review whose first domain has indicators a1, a2, a3, whose second has b1 and whose last has z1. */
function quarterOf(id: number, quarter: string, sheets: Record<string, Rating>[], frameworkVersion = 2) {
  return { id, quarter, sheets, frameworkVersion };
}

function sources(quarters: ReturnType<typeof quarterOf>[], minRaters = 3): AgreementSources {
  return {
    reviews: quarters.map((q) => ({ id: q.id, quarter: q.quarter }) as ReviewSummary),
    detail: (id) =>
      ({
        id,
        quarter: quarters.find((q) => q.id === id)!.quarter,
        frameworkVersion: quarters.find((q) => q.id === id)!.frameworkVersion,
        indicators: [
          { key: 'a1', domainKey: first!.key },
          { key: 'a2', domainKey: first!.key },
          { key: 'a3', domainKey: first!.key },
          { key: 'b1', domainKey: second!.key },
          { key: 'z1', domainKey: last!.key },
        ],
      }) as unknown as ReviewDetail,
    roundFor: (id) => {
      const q = quarters.find((r) => r.id === id)!;
      return {
        id: id * 10,
        reviewId: id,
        domainKeys: [],
        sheets: q.sheets.length,
        fromPaper: 0,
        named: [],
        closed: true,
        onPhones: false,
      };
    },
    sheets: (roundId) => {
      const q = quarters.find((r) => r.id * 10 === roundId)!;
      return new Map(q.sheets.map((s, n) => [n, new Map(Object.entries(s))]));
    },
    minRaters,
  };
}

const labelsOf = (result: ReturnType<typeof teamAgreement>, key: string) =>
  result.domains.find((d) => d.key === key)?.labels;

describe('team agreement over time', () => {
  it('labels each domain per quarter by its furthest-apart indicator', () => {
    const result = teamAgreement(
      sources([
        // Q2: first domain views 3, 3, 4 (agreed); second domain 1, 4, 2 (split).
        quarterOf(2, '2026-Q2', [
          { a1: 3, a2: 3, b1: 1 },
          { a1: 3, a2: 4, b1: 4 },
          { a1: 4, a2: 4, b1: 2 },
        ]),
        // Q1: first domain views 2, 4, 3 (mixed); second domain: don't know from two of three (evidence gap).
        quarterOf(1, '2026-Q1', [
          { a1: 2, a2: 2, b1: 0 },
          { a1: 4, a2: 4, b1: 0 },
          { a1: 3, a2: 0, b1: 3 },
        ]),
      ]),
    );
    expect(result.quarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(labelsOf(result, first!.key)).toEqual({ '2026-Q1': 'mixed', '2026-Q2': 'agreed' });
    expect(labelsOf(result, second!.key)).toEqual({ '2026-Q1': 'evidence-gap', '2026-Q2': 'split' });
    expect(result.domains.map((d) => d.key)).toEqual([first!.key, second!.key]);
  });

  it('never says Agreed for a domain with one indicator split from Outstanding to Inadequate', () => {
    const result = teamAgreement(
      sources([
        quarterOf(1, '2026-Q3', [
          { a1: 4, a2: 3, a3: 3 },
          { a1: 1, a2: 3, a3: 3 },
          { a1: 4, a2: 3, a3: 3 },
        ]),
      ]),
    );
    const domain = result.domains.find((d) => d.key === first!.key)!;
    expect(domain.labels).toEqual({ '2026-Q3': 'split' });
    expect(domain.counts['2026-Q3']).toEqual({ indicators: 3, split: 1, mixed: 0, 'evidence-gap': 0 });
    expect(agreementText(domain.counts['2026-Q3']!)).toBe('1 of 3 split');
    expect(agreementText({ indicators: 3, split: 0, mixed: 0, 'evidence-gap': 0 })).toBe('Agreed on all 3');
    expect(agreementText({ indicators: 4, split: 1, mixed: 2, 'evidence-gap': 1 })).toBe(
      '1 of 4 split, 2 of 4 mixed, 1 of 4 an evidence gap',
    );
  });

  it('leaves out a quarter, and a domain’s cell, with fewer raters than the setting (never below three)', () => {
    const three: Record<string, Rating>[] = [{ a1: 3 }, { a1: 3 }, { a1: 3, b1: 2 }];
    const result = teamAgreement(
      sources([quarterOf(1, '2026-Q1', three.slice(0, 2)), quarterOf(2, '2026-Q2', three)], 1),
    );
    expect(result.quarters).toEqual(['2026-Q2']);
    expect(labelsOf(result, first!.key)).toEqual({ '2026-Q2': 'agreed' });
    // Only one person rated the second domain.
    expect(labelsOf(result, second!.key)).toBeUndefined();
    // A setting of four hides three raters.
    expect(teamAgreement(sources([quarterOf(2, '2026-Q2', three)], 4))).toEqual({
      quarters: [],
      domains: [],
    });
  });

  it('titles each domain as the newest review’s framework does, whatever order the reviews come in', () => {
    const [older, newer] = [frameworkByVersion(1).domains.at(-1)!, frameworkByVersion(3).domains.at(-1)!];
    // The framework's revision renamed the last domain.
    expect(older.key).toBe(newer.key);
    expect(older.title).not.toBe(newer.title);
    const rated: Record<string, Rating>[] = [{ z1: 3 }, { z1: 3 }, { z1: 2 }];
    const result = teamAgreement(
      sources([quarterOf(1, '2025-Q4', rated, 1), quarterOf(2, '2026-Q1', rated, 3)]),
    );
    expect(result.domains.map((d) => [d.number, d.title, d.labels])).toEqual([
      [8, newer.title, { '2025-Q4': 'agreed', '2026-Q1': 'agreed' }],
    ]);
  });

  it('has nothing to show for a home without rating rounds', () => {
    expect(teamAgreement(sources([]))).toEqual({ quarters: [], domains: [] });
  });

  it('reads the sheets of a real rating round through the operation', () => {
    const store = openStore({
      file: path.join(tempFolder(), 'h.sqlite'),
      appVersion: '1.0.0',
      now: () => new Date('2026-07-10T10:00:00Z'),
    });
    const { handlers } = store;
    const homeId = handlers['homes.create']({
      name: 'Oak',
      urn: null,
      registeredManager: null,
      places: 4,
    }).id;
    expect(handlers['meeting.agreement']({ homeId })).toEqual({ quarters: [], domains: [] });
    // An earlier quarter's meeting had no rating round: it has nothing to show.
    handlers['reviews.start']({ homeId, quarter: '2026-Q2' });
    const review = handlers['reviews.start']({ homeId, quarter: '2026-Q3' });
    const domain = review.domains[0]!.key;
    const round = handlers['teamRound.open']({ reviewId: review.id, domainKeys: [domain] });
    const sheet = handlers['rating.sheet']({ roundId: round.id });
    for (const rating of [1, 4, 4] as const) {
      const ratings = sheet.domains.flatMap((d) =>
        d.indicators.map((i) => ({ indicatorKey: i.key, rating })),
      );
      handlers['rating.submit']({ roundId: round.id, staffId: null, fromPaper: false, ratings });
    }
    // Nothing while staff are still rating: the labels would change with each sheet.
    expect(handlers['meeting.agreement']({ homeId })).toEqual({ quarters: [], domains: [] });
    handlers['teamRound.close']({ roundId: round.id });
    const result = handlers['meeting.agreement']({ homeId });
    expect(result.quarters).toEqual(['2026-Q3']);
    expect(result.domains.find((d) => d.key === domain)!.labels).toEqual({ '2026-Q3': 'split' });
    store.close();
  });
});
