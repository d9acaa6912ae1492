import { useSyncExternalStore } from 'react';
import type { LockReason } from '@contract/app-lock';
import { ApiError } from '@shared/api/ApiError';
import { whenRefusedAsLocked } from '@shared/api/appLockSignal';
import { invoke } from '@shared/api/client';
import { inBackground } from '@shared/lib/background';
import { keepDrafts } from './keptDrafts';
import { listenToOtherTabs, tellOtherTabs } from './tabs';

/**
 * Whether this page shows the app or the lock screen. The server decides (it keeps the lock and refuses
 * everything while locked); the page follows it from every way it can learn: its own lock, another tab,
 * the desktop shell, and any call refused as locked. Kept outside React and its query cache, both of
 * which the lock empties.
 */
export type AppLockPhase = 'checking' | 'locked' | 'open';

let phase: AppLockPhase = 'checking';
const listeners = new Set<() => void>();

function setPhase(next: AppLockPhase) {
  if (next === phase) return;
  phase = next;
  for (const listener of listeners) listener();
}

/** Shows the lock screen: what is being typed is kept first, then every screen goes. */
export function showLocked(tell: 'tell other tabs' | 'quietly' = 'tell other tabs'): void {
  if (phase === 'locked') return;
  keepDrafts();
  setPhase('locked');
  if (tell === 'tell other tabs') tellOtherTabs({ kind: 'locked' });
}

/** Shows the app again, once the server has been unlocked. */
export function showOpen(tell: 'tell other tabs' | 'quietly' = 'tell other tabs'): void {
  setPhase('open');
  if (tell === 'tell other tabs') tellOtherTabs({ kind: 'unlocked' });
}

/** Asks the server whether the app is locked, and shows that. A failure leaves the screens to report it. */
export async function checkAppLock(): Promise<void> {
  try {
    const status = await invoke('appLock.status', {});
    if (status.locked) showLocked();
    else if (phase === 'checking') setPhase('open');
  } catch {
    if (phase === 'checking') setPhase('open');
  }
}

/**
 * Locks the app: the server first (so every tab and request is refused), then this page. Does nothing
 * when no PIN or password is set, since nothing could unlock it; returns whether it locked.
 */
export async function lockApp(reason: LockReason): Promise<boolean> {
  try {
    await invoke('appLock.lock', { reason });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict') return false;
    // Unsure whether the server locked (it could not be reached): hide the home anyway. The lock
    // screen then asks the server, which opens the page again if it was never locked.
  }
  showLocked();
  return true;
}

/** After the start-up read: a start-up that was answered means the app is open (it is refused when locked). */
export function settleAppLock(startupAnswered: boolean): Promise<void> {
  if (startupAnswered) {
    setPhase('open');
    return Promise.resolve();
  }
  return checkAppLock();
}

/** Starts following the lock from outside this page; main.tsx calls it once. */
export function followAppLock(): void {
  whenRefusedAsLocked(() => showLocked());
  window.hallmarks?.onAppLocked(() => showLocked());
  listenToOtherTabs((message) => {
    if (message.kind === 'locked') showLocked('quietly');
    else if (message.kind === 'unlocked') inBackground(openIfUnlocked());
  });
  // A tab coming back into view asks, in case the lock came while it could not hear (another browser).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && phase === 'open') inBackground(checkAppLock());
  });
}

/** Another tab unlocked: this one asks the server rather than take the message's word for it. */
async function openIfUnlocked(): Promise<void> {
  if (phase !== 'locked') return;
  const status = await invoke('appLock.status', {}).catch(() => null);
  if (status && !status.locked) showOpen('quietly');
}

export function useAppLockPhase(): AppLockPhase {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => phase,
    // The main process renders the first screen only for an open app (firstScreenHtml.tsx), and the
    // page settles the phase before it hydrates that HTML: both sides read the same phase.
    () => phase,
  );
}
