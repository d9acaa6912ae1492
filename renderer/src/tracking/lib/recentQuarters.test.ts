import { describe, expect, it } from 'vitest';
import type { DashboardData } from '@contract/dashboard';
import { addQuarters } from '@contract/rules/quarters';
import { quartersSpanned, recentQuarters } from './recentQuarters';

function data(quarters: number): DashboardData {
  const list = Array.from({ length: quarters }, (_, i) => addQuarters('2020-Q1', i));
  return {
    history: list.map((quarter, i) => ({
      reviewId: i + 1,
      quarter,
      frameworkVersion: 1,
      overall: 3,
      judgements: {},
    })),
    metrics: list.map((quarter) => ({ quarter, values: {} })),
  } as unknown as DashboardData;
}

describe('recentQuarters', () => {
  it('keeps the last twelve quarters of history and figures', () => {
    const cut = recentQuarters(data(40));
    expect(cut.history).toHaveLength(12);
    expect(cut.history[0]!.quarter).toBe(addQuarters('2020-Q1', 28));
    expect(cut.metrics).toHaveLength(12);
  });

  it('leaves a short history alone, and counts the quarters a history spans', () => {
    expect(recentQuarters(data(5)).history).toHaveLength(5);
    expect(quartersSpanned(data(40))).toBe(40);
    expect(quartersSpanned(data(0))).toBe(0);
  });
});
