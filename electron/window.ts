import type { BrowserWindow, BrowserWindowConstructorOptions, Screen } from 'electron';
import { log } from '../db/log/logger';
import { APP_INDEX_URL } from './protocol';
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState, type Bounds } from './window-state';

/** The renderer gets no Node, no Electron and its own JavaScript world; it talks only through the preload. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: Bounds,
  isDev: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Hallmarks',
    backgroundColor: '#ffffff',
    // Shown once the first paint is ready, so a slow laptop shows no white flash.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: isDev,
    },
  };
}

export interface MainWindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  preloadPath: string;
  userData: string;
  isDev: boolean;
}

/** Opens the main window where it was last left (if still on a screen) and loads the renderer. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const saved = loadWindowState(deps.userData);
  const placed = placeWindow(saved, deps.screen.getAllDisplays(), deps.screen.getPrimaryDisplay());
  const win = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, placed.bounds, deps.isDev));

  win.once('ready-to-show', () => {
    if (placed.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    saveWindowState(deps.userData, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.loadURL(APP_INDEX_URL).catch((error: unknown) => {
    log.error('window_load_failed', {}, error);
    win.show();
  });
  return win;
}
