import { beforeAll, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../contract/operation-names';
import { APP_LOCKED_CHANNEL, INVOKE_CHANNEL, SAVE_PDF_CHANNEL } from './ipc';

// The real module is only available inside Electron; the preload is tested against stand-ins.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from main' })),
  on: vi.fn((_channel: string, _listener: (...args: unknown[]) => void) => undefined),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on },
}));

type Api = {
  invoke(name: unknown, input?: unknown): Promise<unknown>;
  onAppLocked(listener: unknown): void;
  savePdf(...args: unknown[]): Promise<unknown>;
};
let api: Api;

beforeAll(async () => {
  await import('./preload');
  api = electron.exposed.get('hallmarks') as Api;
});

describe('preload bridge', () => {
  it('exposes only window.hallmarks, and on it only invoke, onAppLocked, the start gate and Save as PDF', () => {
    expect([...electron.exposed.keys()]).toEqual(['hallmarks']);
    expect(Object.keys(api)).toEqual(['invoke', 'onAppLocked', 'gate', 'savePdf']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('tells the page that main locked the app, passing it nothing from IPC', () => {
    const heard: unknown[][] = [];
    api.onAppLocked((...args: unknown[]) => heard.push(args));
    api.onAppLocked('not a function');
    expect(electron.on).toHaveBeenCalledTimes(1);
    const [channel, listener] = electron.on.mock.calls[0]!;
    expect(channel).toBe(APP_LOCKED_CHANNEL);
    listener({ sender: 'the IPC event' }, 'anything');
    expect(heard).toEqual([[]]);
  });

  it('asks main to save the report on its own channel, passing nothing the page gives it', async () => {
    electron.invoke.mockClear();
    await api.savePdf('C:/Windows/evil.pdf', { path: '/etc/passwd' });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(SAVE_PDF_CHANNEL);
  });

  it('forwards every contract operation on the one channel', async () => {
    for (const name of operationNames) {
      await expect(api.invoke(name, { id: 1 })).resolves.toEqual({ ok: true, value: 'from main' });
      expect(electron.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, name, { id: 1 });
    }
  });

  it.each([
    'fs.readFile',
    'hallmarks:invoke',
    '__proto__',
    'constructor',
    'toString',
    '',
    42,
    null,
    undefined,
  ])('rejects %j with a clear error and sends nothing', async (name) => {
    electron.invoke.mockClear();
    await expect(api.invoke(name, {})).rejects.toThrow(/not one of the app's operations/);
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});
