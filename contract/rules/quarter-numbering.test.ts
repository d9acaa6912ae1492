import { describe, expect, it } from 'vitest';
import { quarterLabelNumbered, quarterNumber } from './quarters';

describe('quarter numbering', () => {
  it('numbers calendar quarters from January', () => {
    expect(quarterNumber('2026-Q1', 'calendar')).toBe('Q1 2026');
    expect(quarterNumber('2026-Q4', 'calendar')).toBe('Q4 2026');
  });

  it('numbers financial-year quarters from April', () => {
    expect(quarterNumber('2026-Q2', 'financial')).toBe('Q1 2026/27');
    expect(quarterNumber('2026-Q4', 'financial')).toBe('Q3 2026/27');
    expect(quarterNumber('2026-Q1', 'financial')).toBe('Q4 2025/26');
    expect(quarterNumber('2099-Q1', 'financial')).toBe('Q4 2098/99');
    expect(quarterNumber('2099-Q2', 'financial')).toBe('Q1 2099/00');
  });

  it('always leads with the months, and shows no number unless one is chosen', () => {
    expect(quarterLabelNumbered('2026-Q1', 'none')).toBe('Jan to Mar 2026');
    expect(quarterLabelNumbered('2026-Q1', 'calendar')).toBe('Jan to Mar 2026 (Q1 2026)');
    expect(quarterLabelNumbered('2026-Q1', 'financial')).toBe('Jan to Mar 2026 (Q4 2025/26)');
  });
});
