import { describe, expect, it } from 'vitest';
import { createIdleTimer, type IdleClock } from './idleTimer';

/** A clock the test moves by hand: timers run when their time comes, in order. */
function handClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle),
  };
  function advance(ms: number) {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].run();
    }
    now = until;
  }
  /** The computer slept: time passed but no timer ran. */
  const sleep = (ms: number) => void (now += ms);
  return { clock, advance, sleep, pending: () => timers.size };
}

const MINUTE = 60_000;

describe('the idle timer', () => {
  it('locks once the idle time has passed without use', () => {
    const hand = handClock();
    let locks = 0;
    createIdleTimer(hand.clock, 10, () => (locks += 1));
    hand.advance(10 * MINUTE - 1);
    expect(locks).toBe(0);
    hand.advance(1);
    expect(locks).toBe(1);
    hand.advance(60 * MINUTE);
    expect(locks).toBe(1);
  });

  it('starts the idle time again at each use, here or in another tab', () => {
    const hand = handClock();
    let locks = 0;
    const timer = createIdleTimer(hand.clock, 5, () => (locks += 1));
    hand.advance(4 * MINUTE);
    timer.used();
    hand.advance(4 * MINUTE);
    // Another tab was used a minute ago.
    timer.used(hand.clock.now() - MINUTE);
    hand.advance(3 * MINUTE + 59_000);
    expect(locks).toBe(0);
    hand.advance(1_000);
    expect(locks).toBe(1);
  });

  it('finds the time up when its timer fires late, as after the computer slept', () => {
    const hand = handClock();
    let locks = 0;
    createIdleTimer(hand.clock, 10, () => (locks += 1));
    hand.advance(MINUTE);
    hand.sleep(3 * 60 * MINUTE);
    expect(locks).toBe(0);
    // On waking, the overdue timer runs at once and finds three hours without use.
    hand.advance(0);
    expect(locks).toBe(1);
  });

  it('does nothing once stopped', () => {
    const hand = handClock();
    let locks = 0;
    const timer = createIdleTimer(hand.clock, 10, () => (locks += 1));
    timer.stop();
    hand.advance(20 * MINUTE);
    expect(locks).toBe(0);
    expect(hand.pending()).toBe(0);
  });
});
