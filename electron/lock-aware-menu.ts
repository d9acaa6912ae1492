import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { Handlers } from '../contract/operations';

type MenuApi = Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

export interface LockAwareMenuDeps {
  /** Electron's Menu, passed in so this runs and is tested in Node without Electron. */
  Menu: MenuApi;
  /** The menus for a lock state (see buildMenuTemplate). */
  template(locked: boolean): MenuItemConstructorOptions[];
  /** Whether the app is locked now: read from the data, where the lock is kept. */
  isLocked(): boolean;
  /** Told each time the lock state changes, after the menu has followed it. */
  onChange?(locked: boolean): void;
}

/**
 * Keeps the application menu in step with the lock. `refresh` is called after every operation (the
 * lock changes only through operations) and rebuilds the menu only when the state has changed.
 */
export function createLockAwareMenu(deps: LockAwareMenuDeps) {
  let shown: boolean | null = null;
  function refresh(): void {
    const locked = deps.isLocked();
    if (locked === shown) return;
    shown = locked;
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(deps.template(locked)));
    deps.onChange?.(locked);
  }
  return { refresh };
}

/** The handlers, each followed by `after` (also when it throws): how main notices a lock or unlock. */
export function afterEveryOperation(handlers: Handlers, after: () => void): Handlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, run]) => [
      name,
      (input: unknown) => {
        try {
          return (run as (i: unknown) => unknown)(input);
        } finally {
          after();
        }
      },
    ]),
  ) as Handlers;
}
