import { describe, expect, it } from 'vitest';
import { quarterFigures } from './publication';

const figures = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`figure${i}`, i]));

describe("a quarter's figures sent to the hub", () => {
  it('takes up to 200 figures, and refuses 201 saying why', () => {
    const body = (n: number) => ({ kind: 'figures.quarter', quarter: '2026-Q3', figures: figures(n) });
    expect(quarterFigures.parse(body(200)).figures).toEqual(figures(200));
    const refused = quarterFigures.safeParse(body(201));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.message)).toEqual(['At most 200 figures a quarter']);
  });
});
