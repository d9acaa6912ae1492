import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { followLockWithKiosk } from './kiosk';
import { createLockAwareMenu } from './lock-aware-menu';
import { buildMenuTemplate, HELP_LABEL, SHOW_LOG_LABEL, type MenuDeps } from './menu';

type Item = MenuItemConstructorOptions;

function deps(platform: NodeJS.Platform): MenuDeps {
  return {
    platform,
    isDev: true,
    appName: 'Hallmarks',
    print: vi.fn(),
    saveAsPdf: vi.fn(),
    showAbout: vi.fn(),
    openHelp: vi.fn(),
    showLogFile: vi.fn(),
  };
}

/** Every item at every depth, separators aside. */
const everyItem = (items: Item[]): Item[] =>
  items.flatMap((item) =>
    item.type === 'separator' ? [] : [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])],
  );

describe('the menu while the app is locked', () => {
  it('disables every item and role on every platform, so no click or shortcut reaches past the lock', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const locked = everyItem(buildMenuTemplate(deps(platform), true));
      expect(locked.length).toBeGreaterThan(15);
      for (const item of locked) expect(item.enabled, `${String(item.label ?? item.role)}`).toBe(false);
      const labels = locked.map((item) => item.label);
      expect(labels).toEqual(expect.arrayContaining([HELP_LABEL, SHOW_LOG_LABEL, 'Print…']));
      // Unlocked, nothing is disabled.
      for (const item of everyItem(buildMenuTemplate(deps(platform)))) expect(item.enabled).toBeUndefined();
    }
  });

  it('follows the lock: rebuilt when it changes, with the state told to whoever else follows it', () => {
    let locked = false;
    const Menu = { buildFromTemplate: vi.fn((template: Item[]) => template), setApplicationMenu: vi.fn() };
    const onChange = vi.fn();
    const menu = createLockAwareMenu({
      Menu: Menu as never,
      template: (isLocked) => buildMenuTemplate(deps('win32'), isLocked),
      isLocked: () => locked,
      onChange,
    });
    const shown = () => everyItem(Menu.setApplicationMenu.mock.lastCall![0] as Item[]);
    menu.refresh();
    expect(shown().every((item) => item.enabled === undefined)).toBe(true);
    locked = true;
    menu.refresh();
    menu.refresh();
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(shown().every((item) => item.enabled === false)).toBe(true);
    locked = false;
    menu.refresh();
    expect(shown().every((item) => item.enabled === undefined)).toBe(true);
    expect(onChange.mock.calls).toEqual([[false], [true], [false]]);
  });
});

describe('kiosk mode', () => {
  function fakeWindow() {
    let fullScreen: (() => void) | undefined;
    let kiosk = false;
    const win = {
      on: vi.fn((_event: 'enter-html-full-screen', listener: () => void) => (fullScreen = listener)),
      setKiosk: vi.fn((on: boolean) => (kiosk = on)),
      isKiosk: () => kiosk,
    };
    return { win, askFullScreen: () => fullScreen!(), isKiosk: () => kiosk };
  }

  it('starts when the locked page asks for full screen, and ends only when the lock does', () => {
    let locked = false;
    const w = fakeWindow();
    const kiosk = followLockWithKiosk(w.win, () => locked);
    w.askFullScreen();
    expect(w.isKiosk()).toBe(false);
    locked = true;
    w.askFullScreen();
    expect(w.isKiosk()).toBe(true);
    kiosk.lockChanged(true);
    expect(w.isKiosk()).toBe(true);
    kiosk.lockChanged(false);
    expect(w.isKiosk()).toBe(false);
  });
});
