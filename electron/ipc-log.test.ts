import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../contract/operations';
import { logFilePath } from '../db/log/log-file';
import { setLogDestination, startLogging } from '../db/log/logger';
import { useTempFolder } from '../db/test-support/temp-folder';
import { INVOKE_CHANNEL, registerContractHandlers } from './ipc';

const tempFolder = useTempFolder();
afterEach(() => setLogDestination(null));

describe('contract errors in the log', () => {
  it('records the operation and the kind of error, never the words of the message', async () => {
    const file = startLogging({ file: logFilePath(tempFolder()) });
    const ipcMain = { handle: vi.fn() };
    const handlers = {
      'homes.list': () => {
        throw new TypeError("Cannot read 'Alex Morgan' of undefined");
      },
    } as unknown as Handlers;
    registerContractHandlers(ipcMain, handlers, () => true);
    const [channel, invoke] = ipcMain.handle.mock.calls[0] as [
      string,
      (...args: unknown[]) => Promise<unknown>,
    ];
    expect(channel).toBe(INVOKE_CHANNEL);
    const frame = { url: 'app://hallmarks/index.html', parent: null, processId: 1, frameToken: 't' };
    expect(await invoke({ senderFrame: frame }, 'homes.list', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/Alex|Morgan/);
    expect(JSON.parse(text.trim())).toMatchObject({
      level: 'error',
      event: 'operation_failed',
      operation: 'homes.list',
      error: { type: 'TypeError' },
    });
  });
});
