import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** The list reporter shows a skipped test as "-"; this prints why, once per reason, at the end. */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(_result: FullResult): void {
    for (const [reason, count] of this.reasons) console.log(`  ${count} skipped: ${reason}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
