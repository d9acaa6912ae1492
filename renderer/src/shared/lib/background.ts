/**
 * For work that nothing waits for: a retry, a refresh, a save started by a click or a timer. Each of
 * these shows its own failures (the query's error, the save status, the form's errors), so a rejection
 * that still reaches here is a bug: it goes to the page's error reporting, never dropped.
 */
export function inBackground(work: Promise<unknown>): void {
  work.catch((error: unknown) => reportError(error));
}

/** An event handler (form submission, button) for work that returns a promise. */
export function handler<Args extends unknown[]>(work: (...args: Args) => Promise<unknown>) {
  return (...args: Args): void => inBackground(work(...args));
}
