import { describe, expect, it } from 'vitest';
import { carryOnWithoutLazyStylesheets } from './lazyStylesheets';

/** Dispatches the event as Vite's loader does; true when the loader would go on to throw. */
function viteWouldThrow(target: EventTarget, error: Error): boolean {
  const event = Object.assign(new Event('vite:preloadError', { cancelable: true }), { payload: error });
  target.dispatchEvent(event);
  return !event.defaultPrevented;
}

describe('a lazily loaded part whose stylesheet fails to load', () => {
  it('carries on without the stylesheet', () => {
    const target = new EventTarget();
    const stop = carryOnWithoutLazyStylesheets(target);
    expect(viteWouldThrow(target, new Error('Unable to preload CSS for /assets/Panel-x.css'))).toBe(false);
    stop();
    expect(viteWouldThrow(target, new Error('Unable to preload CSS for /assets/Panel-x.css'))).toBe(true);
  });

  it('still fails when its script fails to load', () => {
    const target = new EventTarget();
    carryOnWithoutLazyStylesheets(target);
    const error = new TypeError('Failed to fetch dynamically imported module: /assets/Panel-x.js');
    expect(viteWouldThrow(target, error)).toBe(true);
  });
});
