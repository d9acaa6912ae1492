import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerSavePdfHandler, SAVE_PDF_CHANNEL } from './ipc';

type Listener = (event: IpcMainInvokeEvent) => unknown;

/** The handler as main registers it, with a stand-in ipcMain, lock and save. */
function setup({ ours = true, locked = false } = {}) {
  let listener: Listener | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Listener) => {
      expect(channel).toBe(SAVE_PDF_CHANNEL);
      listener = fn;
    }),
  };
  const save = vi.fn();
  registerSavePdfHandler(
    ipcMain,
    () => ours,
    () => locked,
    save,
  );
  const call = (senderFrame: unknown, sender: unknown = { id: 7 }) =>
    listener!({ senderFrame, sender } as unknown as IpcMainInvokeEvent);
  return { call, save };
}

const mainFrame = {
  url: 'app://hallmarks/index.html#/print/staff-room/1/2026-Q3',
  parent: null,
  processId: 1,
  frameToken: 'main',
};

describe("a report's Save as PDF button", () => {
  it('saves the report shown in the window it was pressed in', () => {
    const { call, save } = setup();
    const sender = { id: 7 };
    expect(call(mainFrame, sender)).toEqual({ ok: true, value: null });
    expect(save).toHaveBeenCalledExactlyOnceWith(sender);
  });

  it.each([
    ['another site', { ...mainFrame, url: 'https://evil.example/' }],
    ['a frame inside the page', { ...mainFrame, parent: { url: 'app://hallmarks/' } }],
    ['a vanished frame', null],
  ])('refuses a request from %s and saves nothing', (_, frame) => {
    const { call, save } = setup();
    expect(call(frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a window that is not one of ours', () => {
    const { call, save } = setup({ ours: false });
    expect(call(mainFrame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('saves nothing while the app is locked (survey, private rating, or the app lock), and says so', () => {
    const { call, save } = setup({ locked: true });
    expect(call(mainFrame)).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Reports cannot be saved while Hallmarks is locked. Nothing was saved.',
      },
    });
    expect(save).not.toHaveBeenCalled();
  });
});
