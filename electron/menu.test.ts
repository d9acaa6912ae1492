import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../db/log/logger';
import { buildMenuTemplate, HELP_LABEL, printFocusedWindow, SHOW_LOG_LABEL, type MenuDeps } from './menu';

type Item = MenuItemConstructorOptions;

function deps(overrides: Partial<MenuDeps> = {}): MenuDeps {
  return {
    platform: 'win32',
    isDev: false,
    appName: 'Hallmarks',
    print: vi.fn(),
    saveAsPdf: vi.fn(),
    showAbout: vi.fn(),
    openHelp: vi.fn(),
    showLogFile: vi.fn(),
    ...overrides,
  };
}

const labels = (items: Item[]) => items.map((item) => item.label ?? item.role ?? item.type);
const submenu = (items: Item[], label: string) =>
  items.find((item) => item.label?.replace('&', '') === label)?.submenu as Item[];
const roles = (items: Item[]) => items.map((item) => item.role).filter(Boolean);
const click = (item: Item | undefined) => (item?.click as () => void)();

describe('buildMenuTemplate', () => {
  it('has the conventional menus with Alt-key shortcuts on Windows and Linux', () => {
    expect(labels(buildMenuTemplate(deps()))).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(labels(buildMenuTemplate(deps({ platform: 'linux' })))).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
  });

  it('adds the application menu on macOS', () => {
    const template = buildMenuTemplate(deps({ platform: 'darwin' }));
    expect(labels(template)).toEqual(['Hallmarks', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(template[0]!.submenu as Item[])).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(roles(submenu(template, 'File'))).toEqual(['close']);
  });

  it('prints with Ctrl or Cmd+P', () => {
    const d = deps();
    const print = submenu(buildMenuTemplate(d), 'File')[0];
    expect(print).toMatchObject({ label: 'Print…', accelerator: 'CmdOrCtrl+P' });
    click(print);
    expect(d.print).toHaveBeenCalledTimes(1);
  });

  it('saves the report on screen as a PDF from the File menu', () => {
    const d = deps();
    const save = submenu(buildMenuTemplate(d), 'File')[1];
    expect(save).toMatchObject({ label: 'Save as PDF…' });
    click(save);
    expect(d.saveAsPdf).toHaveBeenCalledTimes(1);
  });

  it('offers Quit in the File menu outside macOS', () => {
    expect(roles(submenu(buildMenuTemplate(deps()), 'File'))).toEqual(['quit']);
  });

  it('offers reload and developer tools only in development', () => {
    const production = roles(submenu(buildMenuTemplate(deps()), 'View'));
    expect(production).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const development = roles(submenu(buildMenuTemplate(deps({ isDev: true })), 'View'));
    expect(development).toEqual(['reload', 'forceReload', 'toggleDevTools', ...production]);
  });

  it('opens help and About from the Help menu', () => {
    const d = deps();
    const help = submenu(buildMenuTemplate(d), 'Help');
    click(help.find((item) => item.label === HELP_LABEL));
    click(help.find((item) => item.label === 'About Hallmarks'));
    expect(d.openHelp).toHaveBeenCalledTimes(1);
    expect(d.showAbout).toHaveBeenCalledTimes(1);
  });

  it('shows the log file from the Help menu on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const d = deps({ platform });
      click(submenu(buildMenuTemplate(d), 'Help').find((item) => item.label === SHOW_LOG_LABEL));
      expect(d.showLogFile).toHaveBeenCalledTimes(1);
    }
  });
});

describe('printFocusedWindow', () => {
  it('prints the focused window', () => {
    const print = vi.fn();
    printFocusedWindow(() => ({ webContents: { print } }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('does nothing when no window has focus', () => {
    expect(() => printFocusedWindow(() => null)).not.toThrow();
  });

  it('reports a failed print but not a cancelled one', () => {
    const warn = vi.spyOn(log, 'warn');
    const print = vi.fn((_options: unknown, done: (ok: boolean, reason: string) => void) => {
      done(false, 'Print job canceled');
      done(false, 'Printer is out of paper');
    });
    printFocusedWindow(() => ({ webContents: { print } as never }));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('print_failed', { reason: 'Printer is out of paper' });
    warn.mockRestore();
  });
});
