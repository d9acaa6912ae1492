/**
 * The clock the contract's own checks read ("no more than a year from today"). The real time, except
 * while `withClock` runs: the server parses each request inside it with the app's clock, which the e2e
 * harness and unit tests control. Parsing is synchronous, so no other request ever sees that clock.
 */
let current: () => Date = () => new Date();

export const contractNow = (): Date => current();

export function withClock<T>(now: () => Date, run: () => T): T {
  const before = current;
  current = now;
  try {
    return run();
  } finally {
    current = before;
  }
}
