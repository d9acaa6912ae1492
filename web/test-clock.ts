import { readFileSync } from 'node:fs';

/**
 * The server's clock. Normally the real time. Only the e2e harness sets HALLMARKS_TEST_CLOCK_FILE: the
 * file holds an ISO timestamp (read on every call, so a test can move the date without a restart);
 * an empty or missing file means the real time.
 */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): (() => Date) | undefined {
  const file = env.HALLMARKS_TEST_CLOCK_FILE;
  if (!file) return undefined;
  return () => {
    let text = '';
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch {
      return new Date();
    }
    const fixed = text ? new Date(text) : null;
    return fixed && !Number.isNaN(fixed.getTime()) ? fixed : new Date();
  };
}
