import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { log } from '../db/log/logger';

/** The statutory guide managers work to; an https link, so it opens through openExternalSafely. */
export const HELP_URL =
  'https://www.gov.uk/government/publications/childrens-homes-regulations-including-quality-standards-guide';
export const HELP_LABEL = "Guide to the Children's Homes Regulations (GOV.UK)";
export const SHOW_LOG_LABEL = 'Show log file';

export interface MenuDeps {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  print(): void;
  /** Saves the report on screen as a PDF (a hidden window, printToPDF and the native save dialog). */
  saveAsPdf(): void;
  showAbout(): void;
  openHelp(): void;
  /** Shows the app's log file in the file manager, so it can be attached to an email to support. */
  showLogFile(): void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

type Printable = { webContents: Pick<WebContents, 'print'> };

/** Prints whatever the person is looking at, through the system print dialog. */
export function printFocusedWindow(getFocused: () => Printable | null): void {
  const win = getFocused();
  if (!win) return;
  win.webContents.print({}, (success, reason) => {
    // Cancelling the dialog is a choice, not a failure.
    if (!success && !/cancel/i.test(reason)) log.warn('print_failed', { reason });
  });
}

/**
 * While the app is locked (survey mode, private rating) nothing in the menus may run: printing, the log
 * file beside the data, links that open the web browser, reload or quit would all reach past the locked
 * screen. Every item, roles included, is disabled, so their shortcuts do nothing too; the only way out
 * is the manager's PIN on the page.
 */
function disabledEverywhere(items: Item[]): Item[] {
  return items.map((item) => {
    const submenu = Array.isArray(item.submenu) ? disabledEverywhere(item.submenu) : item.submenu;
    return item.type === 'separator' ? item : { ...item, enabled: false, ...(submenu ? { submenu } : {}) };
  });
}

/**
 * The menus for the app as it is: the conventional menus when unlocked, every item disabled when locked.
 * With Alt-key shortcuts on Windows and Linux and the app menu on macOS.
 */
export function buildMenuTemplate(deps: MenuDeps, locked = false): Item[] {
  const menus = conventionalMenus(deps);
  return locked ? disabledEverywhere(menus) : menus;
}

function conventionalMenus(deps: MenuDeps): Item[] {
  const mac = deps.platform === 'darwin';
  const label = (text: string) => (mac ? text : `&${text}`);

  const appMenu: Item = {
    label: deps.appName,
    submenu: [
      { role: 'about', label: `About ${deps.appName}` },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const file: Item = {
    label: label('File'),
    submenu: [
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => deps.print() },
      { label: 'Save as PDF…', accelerator: 'CmdOrCtrl+Shift+S', click: () => deps.saveAsPdf() },
      separator,
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const edit: Item = {
    label: label('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const developer: Item[] = deps.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  const view: Item = {
    label: label('View'),
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: Item = {
    role: 'help',
    label: label('Help'),
    submenu: [
      { label: HELP_LABEL, click: () => deps.openHelp() },
      { label: SHOW_LOG_LABEL, click: () => deps.showLogFile() },
      ...(mac ? [] : [separator, { label: `About ${deps.appName}`, click: () => deps.showAbout() }]),
    ],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, { role: 'windowMenu', label: label('Window') }, help];
}
