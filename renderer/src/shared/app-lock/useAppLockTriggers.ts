import { useEffect } from 'react';
import { inBackground } from '@shared/lib/background';
import { useAppLockStatus } from './appLockApi';
import { lockApp } from './appLockState';
import { createIdleTimer, windowClock, type IdleClock } from './idleTimer';
import { listenToOtherTabs, tellOtherTabs } from './tabs';

/** What counts as using the app. Moving the mouse does: someone reading a long page is using it. */
const USE_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'] as const;
/** Other tabs hear of use at most this often; far below the shortest idle time. */
const TELL_EVERY_MS = 15_000;

/** Ctrl+L (Cmd+L on a Mac) locks the app from anywhere in it. */
export function isLockShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
) {
  return (
    (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l'
  );
}

/**
 * While the app is open: locks it after the idle time without use (in any tab) and on Ctrl+L. Both
 * only once the manager has a PIN or password, since nothing else could unlock it.
 */
export function useAppLockTriggers(clock: IdleClock = windowClock): void {
  const status = useAppLockStatus();
  const canLock = status.data?.canLock === true;
  const minutes = status.data?.idleMinutes;

  useEffect(() => {
    if (!canLock || minutes === undefined) return;
    const timer = createIdleTimer(clock, minutes, () => inBackground(lockApp('idle')));
    let told = 0;
    const used = () => {
      const now = clock.now();
      timer.used(now);
      if (now - told >= TELL_EVERY_MS) {
        told = now;
        tellOtherTabs({ kind: 'used', at: now });
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      inBackground(lockApp('keys'));
    };
    const stopListening = listenToOtherTabs((message) => {
      if (message.kind === 'used') timer.used(message.at);
    });
    for (const name of USE_EVENTS) window.addEventListener(name, used, { passive: true, capture: true });
    window.addEventListener('keydown', onKey);
    return () => {
      timer.stop();
      stopListening();
      for (const name of USE_EVENTS) window.removeEventListener(name, used, { capture: true });
      window.removeEventListener('keydown', onKey);
    };
  }, [canLock, minutes, clock]);
}
