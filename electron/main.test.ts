import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// main.ts runs at import; these stand-ins for Electron and the store let its wiring run in plain Node.
const fake = vi.hoisted(() => {
  class StoreOpenError extends Error {}
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const mainFrame = { url: 'app://hallmarks/index.html', parent: null, processId: 1, frameToken: 'main' };
  const windows: FakeWindow[] = [];
  class FakeWindow {
    webContents = { mainFrame, print: vi.fn(), send: vi.fn() };
    loadURL = vi.fn(() => Promise.resolve());
    on = vi.fn(() => this);
    once = vi.fn(() => this);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => true;
    isDestroyed = () => false;
    setKiosk = vi.fn();
    isKiosk = () => false;
    constructor(public options: Record<string, unknown>) {
      windows.push(this);
    }
    static getAllWindows = () => windows;
    static getFocusedWindow = () => windows[0] ?? null;
  }
  const display = { workArea: { x: 0, y: 0, width: 1600, height: 900 } };
  const electron = {
    app: {
      isPackaged: false,
      userData: '',
      lock: true,
      getPath: vi.fn(() => electron.app.userData),
      setPath: vi.fn(),
      getVersion: () => '0.1.0',
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => electron.app.lock),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn)),
      whenReady: vi.fn(() => Promise.resolve()),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    powerMonitor: { on: vi.fn((name: string, fn: () => void) => listeners.set(`power:${name}`, fn)) },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve()) },
    shell: { openExternal: vi.fn(() => Promise.resolve()), showItemInFolder: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(text),
      decryptString: (sealed: Buffer) => sealed.toString(),
    },
  };
  const store = {
    handlers: {
      'homes.list': vi.fn(() => []),
      'lock.status': vi.fn(() => null),
      'appLock.status': vi.fn(() => ({ locked: false })),
      'appLock.lock': vi.fn(() => ({ locked: true })),
    },
    warnings: [],
    close: vi.fn(),
  };
  const openStore = vi.fn((_options: unknown): unknown => store);
  return { electron, listeners, windows, mainFrame, store, openStore, StoreOpenError };
});
vi.mock('electron', () => fake.electron);
vi.mock('../db/store', () => ({ openStore: fake.openStore, StoreOpenError: fake.StoreOpenError }));

let userData: string;
const argv = process.argv;

async function start(args: string[] = []) {
  process.argv = ['electron', 'dist/electron/main.cjs', ...args];
  vi.resetModules();
  await import('./main');
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'hallmarks-main-'));
  Object.assign(fake.electron.app, { userData, lock: true });
  fake.windows.length = 0;
  fake.listeners.clear();
  vi.clearAllMocks();
});
afterEach(() => {
  process.argv = argv;
  rmSync(userData, { recursive: true, force: true });
});

describe('main', () => {
  it('registers the scheme and sandbox before ready, then opens the store and the window', async () => {
    await start();
    const { app, protocol, ipcMain, Menu } = fake.electron;
    const readyAt = app.whenReady.mock.invocationCallOrder[0]!;
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(app.requestSingleInstanceLock.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(fake.openStore).toHaveBeenCalledWith(
      expect.objectContaining({ file: path.join(userData, 'hallmarks.sqlite'), appVersion: '0.1.0' }),
    );
    // The data key is wrapped by the OS key store through safeStorage.
    const { encryption } = fake.openStore.mock.calls[0]![0] as { encryption: { osKeyStore: unknown } };
    expect(encryption.osKeyStore).not.toBeNull();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledWith('hallmarks:invoke', expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.loadURL).toHaveBeenCalledWith('app://hallmarks/index.html');
  });

  it('answers the main frame of its window and refuses any other frame', async () => {
    await start();
    const handler = fake.electron.ipcMain.handle.mock.calls[0]![1] as (...a: unknown[]) => Promise<unknown>;
    const ours = await handler({ senderFrame: fake.mainFrame }, 'homes.list', {});
    expect(ours).toEqual({ ok: true, value: [] });
    const stranger = { ...fake.mainFrame, frameToken: 'another-window' };
    expect(await handler({ senderFrame: stranger }, 'homes.list', {})).toMatchObject({ ok: false });
    expect(fake.store.handlers['homes.list']).toHaveBeenCalledTimes(1);
  });

  it('disables the whole menu while the data is locked, and gives it back after the unlocking operation', async () => {
    const lock = { mode: 'voice', homeId: 1, subjectId: null, lockedAt: '2026-07-01T10:00:00Z' };
    fake.store.handlers['lock.status'].mockReturnValue(lock as never);
    await start();
    type Item = { enabled?: boolean; submenu?: Item[]; type?: string };
    const items = (menu: Item[]): Item[] =>
      menu.flatMap((i) => (i.type === 'separator' ? [] : [i, ...items(i.submenu ?? [])]));
    const shown = () => items(fake.electron.Menu.setApplicationMenu.mock.lastCall![0] as Item[]);
    expect(shown().every((item) => item.enabled === false)).toBe(true);
    fake.store.handlers['lock.status'].mockReturnValue(null);
    const handler = fake.electron.ipcMain.handle.mock.calls[0]![1] as (...a: unknown[]) => Promise<unknown>;
    await handler({ senderFrame: fake.mainFrame }, 'homes.list', {});
    expect(shown().every((item) => item.enabled === undefined)).toBe(true);
  });

  it('locks the app when the computer sleeps or its screen locks, tells the window, and disables the menu', async () => {
    await start();
    type Item = { enabled?: boolean; submenu?: Item[]; type?: string };
    const items = (menu: Item[]): Item[] =>
      menu.flatMap((i) => (i.type === 'separator' ? [] : [i, ...items(i.submenu ?? [])]));
    const shown = () => items(fake.electron.Menu.setApplicationMenu.mock.lastCall![0] as Item[]);
    expect(shown().every((item) => item.enabled === undefined)).toBe(true);
    fake.store.handlers['appLock.status'].mockReturnValue({ locked: true });
    fake.listeners.get('power:suspend')!();
    expect(fake.store.handlers['appLock.lock']).toHaveBeenCalledWith({ reason: 'sleep' });
    expect(fake.windows[0]!.webContents.send).toHaveBeenCalledWith('hallmarks:app-locked');
    expect(shown().every((item) => item.enabled === false)).toBe(true);
    fake.listeners.get('power:lock-screen')!();
    expect(fake.store.handlers['appLock.lock']).toHaveBeenLastCalledWith({ reason: 'screen-lock' });
    fake.store.handlers['appLock.status'].mockReturnValue({ locked: false });
  });

  it('uses --db and --profile, and the native binding from the environment', async () => {
    process.env.HALLMARKS_NATIVE_BINDING = '/cache/better_sqlite3.node';
    await start(['--db', path.join(userData, 'x.sqlite'), '--profile', path.join(userData, 'p')]);
    delete process.env.HALLMARKS_NATIVE_BINDING;
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', path.join(userData, 'p'));
    expect(fake.openStore).toHaveBeenCalledWith(
      expect.objectContaining({
        file: path.join(userData, 'x.sqlite'),
        nativeBinding: '/cache/better_sqlite3.node',
      }),
    );
  });

  it('quits at once when another copy is running, and that copy focuses its window', async () => {
    fake.electron.app.lock = false;
    await start();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.openStore).not.toHaveBeenCalled();

    fake.electron.app.lock = true;
    await start();
    fake.listeners.get('second-instance')!();
    expect(fake.windows.at(-1)!.restore).toHaveBeenCalled();
    expect(fake.windows.at(-1)!.focus).toHaveBeenCalled();
  });

  it('explains a database it cannot open, and quits without a window', async () => {
    fake.openStore.mockImplementationOnce(() => {
      throw new fake.StoreOpenError('This data was saved by a newer version of Hallmarks.');
    });
    await start();
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Hallmarks could not open its data',
      'This data was saved by a newer version of Hallmarks.',
    );
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
  });

  it('asks for the recovery key in the window when the data is locked, and opens the app once answered', async () => {
    const locked = Object.assign(
      new fake.StoreOpenError(
        "This computer cannot unlock the data: enter the recovery key. This computer's key store no longer opens it.",
      ),
      { kind: 'locked' },
    );
    fake.openStore.mockImplementationOnce(() => {
      throw locked;
    });
    await start();
    const { ipcMain, Menu } = fake.electron;
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual(['hallmarks:gate']);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(fake.windows).toHaveLength(1);
    const gate = ipcMain.handle.mock.calls[0]![1] as (...a: unknown[]) => unknown;
    const event = { senderFrame: fake.mainFrame };
    expect(gate(event, 'state')).toEqual({
      kind: 'recovery-key',
      reason: "This computer's key store no longer opens it.",
      problem: null,
    });
    expect(gate({ senderFrame: { ...fake.mainFrame, frameToken: 'another' } }, 'state')).toMatchObject({
      ok: false,
    });
    expect(gate(event, 'answer', { kind: 'recovery-key', recoveryKey: 'AAAAA-BBBBB' })).toBeNull();
    const { encryption } = fake.openStore.mock.calls[1]![0] as { encryption: { recoveryKey: string } };
    expect(encryption.recoveryKey).toBe('AAAAA-BBBBB');
    expect(ipcMain.handle).toHaveBeenCalledWith('hallmarks:invoke', expect.any(Function));
    expect(gate(event, 'state')).toBeNull();
  });

  it('explains a bad command line', async () => {
    await start(['--db']);
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Hallmarks could not start',
      expect.stringMatching(/--db needs a path/),
    );
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
  });

  it('hardens every web page it creates, sending https links to the browser', async () => {
    await start();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn((fn) => (openHandler = fn)) };
    fake.listeners.get('web-contents-created')!({}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(openHandler!({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal.mock.calls).toEqual([['https://www.gov.uk/']]);
  });

  it('logs to the user data folder and shows that file from Help > Show log file', async () => {
    await start();
    const file = path.join(userData, 'logs', 'hallmarks.log');
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!)).toMatchObject({
      level: 'info',
      event: 'app_started',
      version: '0.1.0',
    });
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]![0] as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const help = template.find((menu) => menu.label?.replace('&', '') === 'Help')!.submenu!;
    help.find((item) => item.label === 'Show log file')!.click!();
    expect(fake.electron.shell.showItemInFolder).toHaveBeenCalledWith(file);
  });

  it('logs a start-up failure by its kind, without its message', async () => {
    fake.openStore.mockImplementationOnce(() => {
      throw new fake.StoreOpenError('The file C:\\Users\\Sam Jones\\hallmarks.sqlite is damaged.');
    });
    await start();
    const text = readFileSync(path.join(userData, 'logs', 'hallmarks.log'), 'utf8');
    expect(text).toContain('"event":"startup_failed"');
    expect(text).not.toMatch(/Sam|Jones|damaged/);
  });

  it('closes the store when quitting', async () => {
    await start();
    fake.listeners.get('will-quit')!();
    expect(fake.store.close).toHaveBeenCalled();
  });
});
