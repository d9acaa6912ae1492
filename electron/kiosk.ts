import type { BrowserWindow } from 'electron';

type KioskWindow = Pick<BrowserWindow, 'setKiosk' | 'isKiosk'> & {
  on(event: 'enter-html-full-screen', listener: () => void): unknown;
};

/**
 * Survey mode's "Full screen" button asks the page for full screen; while the app is locked the window
 * then goes into kiosk mode, so the taskbar, other windows and the desktop are out of reach until the
 * manager unlocks. Kiosk mode ends when the lock does, never before.
 */
export function followLockWithKiosk(win: KioskWindow, isLocked: () => boolean) {
  win.on('enter-html-full-screen', () => {
    if (isLocked()) win.setKiosk(true);
  });
  return {
    lockChanged(locked: boolean): void {
      if (!locked && win.isKiosk()) win.setKiosk(false);
    },
  };
}
