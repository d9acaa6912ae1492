import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions } from './window';
import { loadWindowState, saveWindowState } from './window-state';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions(
    '/app/dist/electron/preload.cjs',
    { x: 0, y: 0, width: 900, height: 700 },
    false,
  );

  it('isolates and sandboxes the renderer, with no Node in it', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('allows developer tools only in development', () => {
    expect(mainWindowOptions('p', { x: 0, y: 0, width: 1, height: 1 }, true).webPreferences?.devTools).toBe(
      true,
    );
  });
});

class FakeWindow {
  static created: FakeWindow[] = [];
  listeners = new Map<string, () => void>();
  loadURL = vi.fn((_url: string) => Promise.resolve());
  show = vi.fn();
  maximize = vi.fn();
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 40, y: 30, width: 1000, height: 700 }));
  constructor(public options: BrowserWindowConstructorOptions) {
    FakeWindow.created.push(this);
  }
  on(name: string, fn: () => void) {
    this.listeners.set(name, fn);
    return this;
  }
  once(name: string, fn: () => void) {
    return this.on(name, fn);
  }
  emit(name: string) {
    this.listeners.get(name)?.();
  }
}

describe('createMainWindow', () => {
  let userData: string;
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const screen = { getAllDisplays: () => [display], getPrimaryDisplay: () => display } as never;

  beforeEach(() => {
    userData = mkdtempSync(path.join(tmpdir(), 'hallmarks-win-'));
    FakeWindow.created = [];
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  const open = () =>
    createMainWindow({
      BrowserWindow: FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      screen,
      preloadPath: '/p/preload.cjs',
      userData,
      isDev: false,
    }) as unknown as FakeWindow;

  it('loads the renderer over app:// and shows the window once it is ready', () => {
    const win = open();
    expect(win.loadURL).toHaveBeenCalledWith('app://hallmarks/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('remembers where the window was when it closes, and reopens it there', () => {
    open().emit('close');
    expect(loadWindowState(userData)).toEqual({
      bounds: { x: 40, y: 30, width: 1000, height: 700 },
      maximized: false,
    });
    const again = open();
    expect(again.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
  });

  it('maximises again if it was maximised', () => {
    saveWindowState(userData, { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: true });
    const win = open();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
  });
});
