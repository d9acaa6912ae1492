import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface AxeProblem {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** Runs axe for WCAG 2.1 A and AA and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Only violations are read: axe then describes one node per passing or inapplicable rule instead of
    // every node, the slowest part of a run on a long page. Every rule still runs on every node.
    .options({ resultTypes: ['violations'] })
    // axe.run in the page itself. The default (runPartial in each frame, then finishRun in a blank page
    // it opens for the purpose) is for pages with cross-origin frames; the app has no frames, and a new
    // page plus a second copy of axe for every check was most of a check's time.
    .setLegacyMode(true)
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Runs axe for WCAG 2.1 A and AA and fails, listing them, on any serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, screen: string) {
  const report = await seriousViolations(page);
  expect(report, `accessibility problems on ${screen}:\n${JSON.stringify(report, null, 2)}`).toEqual([]);
}
