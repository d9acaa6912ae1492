import { idleTimeIsUp } from '@contract/rules/idle-time';

/** The clock and timer the idle timer uses: the window's, or a test's. */
export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export const windowClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
};

/**
 * Calls `onIdle` once the idle time has passed with no use. It compares times rather than counting
 * ticks: a timer that fires late (a background tab, a computer that slept) still finds the time up.
 */
export function createIdleTimer(clock: IdleClock, minutes: number, onIdle: () => void) {
  let last = clock.now();
  let handle: number | null = null;
  let stopped = false;

  function check() {
    handle = null;
    if (stopped) return;
    const now = clock.now();
    if (idleTimeIsUp(last, now, minutes)) {
      stopped = true;
      onIdle();
      return;
    }
    handle = clock.setTimeout(check, last + minutes * 60_000 - now);
  }
  handle = clock.setTimeout(check, minutes * 60_000);

  return {
    /** Someone used the app, here or in another tab, at this time (now by default). */
    used(at: number = clock.now()) {
      if (at > last) last = at;
    },
    stop() {
      stopped = true;
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
    },
  };
}
