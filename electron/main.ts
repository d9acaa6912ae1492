import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { keyForRestore } from '../db/encryption/unlock';
import { logFilePath } from '../db/log/log-file';
import { log, startLogging } from '../db/log/logger';
import { openStore, StoreOpenError, type Store } from '../db/store';
import { createStartGate, readAnswer, type GateStep } from '../shell-shared/start-gate';
import { openExternalSafely } from './external-links';
import { openDataOrOfferRestore } from './open-data';
import { osKeyStore } from './os-key-store';
import { isSameFrame, registerContractHandlers, registerGateHandler, registerSavePdfHandler } from './ipc';
import { followLockWithKiosk } from './kiosk';
import { afterEveryOperation, createLockAwareMenu } from './lock-aware-menu';
import { lockFromShell, lockWhenComputerSleeps } from './app-lock-power';
import { buildMenuTemplate, HELP_URL, printFocusedWindow } from './menu';
import { resolveAppPaths, type AppPaths } from './paths';
import { showLogFile } from './show-log-file';
import { APP_INDEX_URL, handleAppProtocol, registerAppScheme } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { saveReportAsPdf } from './save-report-pdf';
import { createMainWindow, mainWindowOptions } from './window';

// Thin on purpose: each step lives in a module that is unit-tested with stand-ins for Electron.
const RENDERER_DIR = path.join(__dirname, '../renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const isDev = !app.isPackaged;

let store: Store | null = null;
let mainWindow: BrowserWindow | null = null;
let logFile = '';
let kiosk: ReturnType<typeof followLockWithKiosk> | null = null;

function fail(title: string, message: string, error?: unknown): void {
  log.error('startup_failed', {}, error);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function describeOpenError(error: unknown): string {
  if (error instanceof StoreOpenError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Hallmarks could not start its database, so nothing was changed. Close Hallmarks and open it again; if this keeps happening, show this message to whoever looks after your computers. Details: ${detail}`;
}

function openWindow(paths: AppPaths, isLocked: () => boolean): void {
  mainWindow = createMainWindow({
    BrowserWindow,
    screen,
    preloadPath: PRELOAD,
    userData: paths.userDataDir,
    isDev,
  });
  kiosk = followLockWithKiosk(mainWindow, isLocked);
  mainWindow.on('closed', () => {
    mainWindow = null;
    kiosk = null;
  });
}

/**
 * File → Save as PDF, or the report's own Save as PDF button (from `window`): the report on screen,
 * rendered in a hidden window with the same preferences.
 */
function saveAsPdf(window?: BrowserWindow | null): void {
  const shown = window ?? BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (!shown) return;
  saveReportAsPdf(
    {
      openHiddenWindow: () =>
        new BrowserWindow({
          ...mainWindowOptions(PRELOAD, { x: 0, y: 0, width: 794, height: 1123 }, false),
          show: false,
        }),
      askWhereToSave: async (defaultPath) => {
        const answer = await dialog.showSaveDialog(shown, {
          title: 'Save the report as a PDF',
          defaultPath,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      },
      documentsFolder: app.getPath('documents'),
      // An indeterminate bar on the taskbar or dock while the PDF is made.
      setBusy: (busy) => shown.setProgressBar(busy ? 2 : -1),
      showError: (message) => {
        dialog
          .showMessageBox(shown, { type: 'error', title: 'Save as PDF', message })
          .catch((error: unknown) => log.error('save_pdf_dialog_failed', {}, error));
      },
    },
    APP_INDEX_URL,
    shown.webContents.getURL(),
  ).catch((error: unknown) => log.error('save_pdf_failed', {}, error));
}

function showAbout(paths: AppPaths): void {
  const options = {
    type: 'info' as const,
    title: 'About Hallmarks',
    message: `Hallmarks ${app.getVersion()}`,
    detail: `Quarterly self-assessment for children's homes in England.\n\nYour data is kept on this computer in ${paths.databaseFile}`,
  };
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => log.error('about_dialog_failed', {}, error));
}

/** The manager chose Quit on the damaged-data question: the start ends there. */
class Quit extends Error {}

const isOurWindow = (frame: Parameters<typeof isSameFrame>[0]) =>
  BrowserWindow.getAllWindows().some((w) => !w.isDestroyed() && isSameFrame(w.webContents.mainFrame, frame));

function start(paths: AppPaths): void {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(protocol, RENDERER_DIR);
  // The OS key store wraps the data key; where there is none (Linux without one) a passphrase does, typed
  // on the start gate's screen (HALLMARKS_PASSPHRASE still gives it, for tests).
  const keyStore = osKeyStore(safeStorage, process.platform);
  const encryptionWith = (answers: { passphrase?: string | null; recoveryKey?: string | null }) => ({
    osKeyStore: keyStore,
    passphrase: answers.passphrase ?? (process.env.HALLMARKS_PASSPHRASE || null),
    recoveryKey: answers.recoveryKey ?? null,
  });
  const gate = createStartGate(
    paths.databaseFile,
    (answers) => {
      const opened = openDataOrOfferRestore(
        (startEmptyAfterSetAside) =>
          openStore({
            file: paths.databaseFile,
            startEmptyAfterSetAside,
            backupsDir: paths.backupsDir,
            appVersion: app.getVersion(),
            nativeBinding: process.env.HALLMARKS_NATIVE_BINDING || undefined,
            encryption: encryptionWith(answers),
            onEncryptionProgress: (step, of, what) => log.info('encrypting_data', { step, of, what }),
          }),
        paths.databaseFile,
        dialog,
        (backup) => keyForRestore(paths.databaseFile, backup, encryptionWith(answers)),
      );
      if (!opened) throw new Quit();
      return opened;
    },
    keyStore !== null,
  );
  let step: GateStep;
  try {
    step = gate.start();
  } catch (error) {
    if (error instanceof Quit) return app.exit(1);
    return fail('Hallmarks could not open its data', describeOpenError(error), error);
  }
  if (step.store && step.gate === null) return carryOn(paths, step.store);
  // Asked in the window (renderer/src/start-gate): nothing of the data is open, or shown, until answered.
  let asked: GateStep = step;
  registerGateHandler(ipcMain, isOurWindow, (what, answer) => {
    if (what === 'state') return asked.gate;
    const read = readAnswer(answer);
    if (!read) return asked.gate;
    try {
      asked = gate.answer(read);
    } catch (error) {
      if (error instanceof Quit) app.exit(1);
      else fail('Hallmarks could not open its data', describeOpenError(error), error);
      return asked.gate;
    }
    if (asked.gate !== null) return asked.gate;
    carryOn(paths, asked.store!, false);
    return null; // the page loads again, now with the data open
  });
  // No menu while the data is not open: nothing to print or save yet, and no default menu's extras.
  Menu.setApplicationMenu(null);
  openWindow(paths, () => false);
}

/** The data is open: warnings, the menu, the contract, and the window (unless the start gate's is open). */
function carryOn(paths: AppPaths, opened: Store, withWindow = true): void {
  store = opened;
  for (const warning of opened.warnings) {
    dialog
      .showMessageBox({ type: 'warning', title: 'Hallmarks could not take a backup', message: warning })
      .catch((error: unknown) => log.error('backup_warning_dialog_failed', {}, error));
  }
  const isLocked = () => opened.handlers['lock.status']({}) !== null;
  // The menu follows both locks: locked mode, and the app lock (no menu item may show the home then).
  const menuLocked = () => isLocked() || opened.handlers['appLock.status']({}).locked;
  const lockMenu = createLockAwareMenu({
    Menu,
    template: (locked) =>
      buildMenuTemplate(
        {
          platform: process.platform,
          isDev,
          appName: 'Hallmarks',
          print: () => printFocusedWindow(() => BrowserWindow.getFocusedWindow()),
          saveAsPdf: () => saveAsPdf(),
          showAbout: () => showAbout(paths),
          openHelp: () => openExternalSafely(shell, HELP_URL),
          showLogFile: () => showLogFile(shell, logFile),
        },
        locked,
      ),
    isLocked: menuLocked,
    onChange: (locked) => kiosk?.lockChanged(locked),
  });
  const handlers = afterEveryOperation(opened.handlers, lockMenu.refresh);
  lockWhenComputerSleeps(powerMonitor, (reason) =>
    lockFromShell(handlers, () => BrowserWindow.getAllWindows(), reason),
  );
  registerContractHandlers(ipcMain, handlers, isOurWindow);
  registerSavePdfHandler(ipcMain, isOurWindow, menuLocked, (sender) =>
    saveAsPdf(BrowserWindow.fromWebContents(sender)),
  );
  lockMenu.refresh();
  if (withWindow) openWindow(paths, isLocked);
  else if (mainWindow) kiosk = followLockWithKiosk(mainWindow, isLocked);
}

function main(): void {
  let paths: AppPaths;
  try {
    paths = resolveAppPaths(app.getPath('userData'), process.argv, process.cwd());
  } catch (error) {
    return fail('Hallmarks could not start', error instanceof Error ? error.message : String(error), error);
  }
  // Before anything else touches the profile: the instance lock and Chromium's data live there.
  if (paths.userDataDir !== app.getPath('userData')) app.setPath('userData', paths.userDataDir);
  logFile = startLogging({ file: logFilePath(paths.userDataDir) });
  log.info('app_started', { version: app.getVersion(), platform: process.platform });
  registerAppScheme(protocol);
  app.enableSandbox();

  // One running copy per data folder: two would fight over the same database.
  if (!app.requestSingleInstanceLock()) return app.quit();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => openExternalSafely(shell, url)),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    const opened = store;
    if (opened && !mainWindow) openWindow(paths, () => opened.handlers['lock.status']({}) !== null);
  });
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });
  app.whenReady().then(
    () => start(paths),
    (error: unknown) => fail('Hallmarks could not start', String(error), error),
  );
}

main();
