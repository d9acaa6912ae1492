import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_REQUEST_CHARS } from '../contract/dispatch';
import { operationNames } from '../contract/operation-names';
import type { Handlers } from '../contract/operations';
import { INVOKE_CHANNEL, isSameFrame, isTrustedSenderUrl, registerContractHandlers } from './ipc';

describe('isTrustedSenderUrl', () => {
  it.each(['app://hallmarks/index.html', 'app://hallmarks/index.html#/homes/2', 'app://hallmarks/'])(
    'trusts %s',
    (url) => expect(isTrustedSenderUrl(url)).toBe(true),
  );

  it.each([
    'https://evil.example/',
    'https://hallmarks/index.html',
    'file:///index.html',
    'file:///C:/Users/manager/Desktop/index.html',
    'app://other/index.html',
    'app://hallmarks.evil.example/index.html',
    'app://hallmarks:8080/index.html',
    'app://user@hallmarks/index.html',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'about:blank',
    'data:text/html,hi',
    'devtools://devtools/bundled/index.html',
    '',
    'not a url',
    undefined,
  ])('does not trust %s', (url) => expect(isTrustedSenderUrl(url)).toBe(false));
});

describe('isSameFrame', () => {
  it('matches on process and frame token', () => {
    const a = { url: 'app://hallmarks/', parent: null, processId: 4, frameToken: 't1' };
    expect(isSameFrame(a, { ...a })).toBe(true);
    expect(isSameFrame(a, { ...a, frameToken: 't2' })).toBe(false);
    expect(isSameFrame(a, { ...a, processId: 5 })).toBe(false);
  });
});

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setup(isOurMainFrame: () => boolean = () => true) {
  let listener: Listener | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Listener) => {
      expect(channel).toBe(INVOKE_CHANNEL);
      listener = fn;
    }),
  };
  const handlers = Object.fromEntries(
    operationNames.map((name) => [name, vi.fn(() => (name === 'homes.list' ? [] : null))]),
  ) as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>;
  registerContractHandlers(ipcMain, handlers, isOurMainFrame);
  expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  const mainFrame = { url: 'app://hallmarks/index.html', parent: null, processId: 1, frameToken: 'main' };
  const invoke = (event: object, name: unknown, input?: unknown) =>
    listener!(event as IpcMainInvokeEvent, name, input);
  const call = (frame: unknown, name: unknown, input?: unknown) =>
    invoke({ senderFrame: frame }, name, input);
  return { handlers, call, invoke, mainFrame };
}

const forbidden = { ok: false, error: expect.objectContaining({ code: 'forbidden' }) };

describe('registerContractHandlers', () => {
  it('runs an operation for our own window', async () => {
    const { handlers, call, mainFrame } = setup();
    await expect(call(mainFrame, 'homes.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(handlers['homes.list']).toHaveBeenCalledTimes(1);
  });

  it('parses input against the contract before any handler runs', async () => {
    const { handlers, call, mainFrame } = setup();
    const result = await call(mainFrame, 'homes.get', { id: 'DROP TABLE homes' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(handlers['homes.get']).not.toHaveBeenCalled();
  });

  it('refuses names outside the contract', async () => {
    const { call, mainFrame } = setup();
    await expect(call(mainFrame, 'constructor', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
  });

  it.each([
    ['a foreign page', { url: 'https://evil.example/', parent: null, processId: 1, frameToken: 'x' }],
    ['a file: page', { url: 'file:///tmp/index.html', parent: null, processId: 1, frameToken: 'x' }],
    ['an iframe', { url: 'app://hallmarks/index.html', parent: {}, processId: 1, frameToken: 'x' }],
    ['a frame that has gone', null],
  ])('refuses %s and runs nothing', async (_label, frame) => {
    const { handlers, call } = setup();
    await expect(call(frame, 'homes.list', {})).resolves.toEqual(forbidden);
    expect(handlers['homes.list']).not.toHaveBeenCalled();
  });

  it('refuses an app:// frame that is not the main frame of one of our windows', async () => {
    const { handlers, call, mainFrame } = setup(() => false);
    await expect(call(mainFrame, 'homes.list', {})).resolves.toEqual(forbidden);
    expect(handlers['homes.list']).not.toHaveBeenCalled();
  });

  it('refuses when reading the sender frame throws', async () => {
    const { handlers, invoke } = setup();
    const event = Object.defineProperty({}, 'senderFrame', {
      get: () => {
        throw new Error('Render frame was disposed');
      },
    });
    await expect(invoke(event, 'homes.list', {})).resolves.toEqual(forbidden);
    expect(handlers['homes.list']).not.toHaveBeenCalled();
  });

  it('refuses an oversized request before parsing it', async () => {
    const { handlers, call, mainFrame } = setup();
    const input = { name: 'x'.repeat(MAX_REQUEST_CHARS + 1), places: 1 };
    await expect(call(mainFrame, 'homes.create', input)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/too large/) },
    });
    expect(handlers['homes.create']).not.toHaveBeenCalled();
  });
});
