/** The first retry after a failed send, and the longest wait between two tries. */
export const FIRST_RETRY_MS = 5_000;
export const LONGEST_RETRY_MS = 15 * 60_000;

/**
 * How long to wait after `failuresInARow` failed sends: doubling from 5 seconds up to 15 minutes, with
 * the second half of each wait random ("equal jitter"), so a hundred homes coming back online after the
 * same outage do not all knock at once. `random` is injected so tests can pin it.
 */
export function retryDelayMs(failuresInARow: number, random: () => number = Math.random): number {
  if (failuresInARow < 1) return 0;
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(failuresInARow - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
