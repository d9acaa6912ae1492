import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { dispatch, MAX_REQUEST_CHARS } from '../contract/dispatch';
import type { StartGate } from '../contract/start-gate';
import type { Handlers } from '../contract/operations';
import type { Result } from '../contract/result';
import { log } from '../db/log/logger';
import { APP_HOST } from './protocol';

/** The one channel between renderer and main; every operation in the contract travels on it. */
export const INVOKE_CHANNEL = 'hallmarks:invoke';
/** Main to renderer only: the shell locked the app (the computer slept or its screen locked). */
export const APP_LOCKED_CHANNEL = 'hallmarks:app-locked';
/** Before the data is open: the start gate's state, and the manager's answers (shell-shared/start-gate.ts). */
export const GATE_CHANNEL = 'hallmarks:gate';
/** The report's own Save as PDF button: the same as File, Save as PDF, for the window it was pressed in. */
export const SAVE_PDF_CHANNEL = 'hallmarks:save-pdf';

type Frame = Pick<WebFrameMain, 'url' | 'parent' | 'processId' | 'frameToken'>;

/** Is this page our own renderer, served from app://hallmarks? Anything else may not call the contract. */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node gives custom schemes an opaque origin, so compare the parts rather than `origin`.
  return (
    parsed.protocol === 'app:' && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/** Electron may hand out different wrapper objects for one frame; the process and token identify it. */
export function isSameFrame(a: Frame, b: Frame): boolean {
  return a === b || (a.processId === b.processId && a.frameToken === b.frameToken);
}

const forbidden: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This request did not come from the Hallmarks window, so it was refused and nothing changed.',
  },
};

const tooLarge: Result<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'The request was too large for the app to accept.' },
};

function senderFrameOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): Frame | null {
  try {
    return event.senderFrame;
  } catch {
    // Reading senderFrame after the frame has gone can throw; a vanished sender is not trusted.
    return null;
  }
}

function isWithinSizeLimit(input: unknown): boolean {
  try {
    return (JSON.stringify(input ?? null) ?? '').length <= MAX_REQUEST_CHARS;
  } catch {
    return false;
  }
}

/**
 * Registers the contract on the single channel. Each call is checked before anything runs: the sender
 * must be a live top-level frame showing app://hallmarks, and `isOurMainFrame` must recognise it as
 * the main frame of one of our windows (not an iframe, not a window someone else opened).
 */
export function registerContractHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isOurMainFrame: (frame: Frame) => boolean,
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const frame = senderFrameOf(event);
    if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url) || !isOurMainFrame(frame)) {
      return forbidden;
    }
    if (!isWithinSizeLimit(input)) return tooLarge;
    return dispatch(handlers, name, input, (error) =>
      log.error('operation_failed', { operation: String(name) }, error),
    );
  });
}

/**
 * The start gate's one channel, checked like the contract's: "state" reads what to ask, "answer" sends
 * what the manager typed; either returns the next state, or null once the data is open.
 */
export function registerGateHandler(
  ipcMain: Pick<IpcMain, 'handle'>,
  isOurMainFrame: (frame: Frame) => boolean,
  ask: (what: 'state' | 'answer', answer: unknown) => StartGate | null,
): void {
  ipcMain.handle(GATE_CHANNEL, (event: IpcMainInvokeEvent, what: unknown, answer: unknown) => {
    const frame = senderFrameOf(event);
    if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url) || !isOurMainFrame(frame)) {
      return forbidden;
    }
    if (what !== 'state' && what !== 'answer') return forbidden;
    return ask(what, answer);
  });
}

/**
 * The Save as PDF button on a report's print view, checked like the contract's channel. It takes no
 * input: main renders the report the sending window shows (its own address), asks where to save and
 * writes the file, exactly as File, Save as PDF does.
 */
export function registerSavePdfHandler(
  ipcMain: Pick<IpcMain, 'handle'>,
  isOurMainFrame: (frame: Frame) => boolean,
  isLocked: () => boolean,
  save: (sender: IpcMainInvokeEvent['sender']) => void,
): void {
  ipcMain.handle(SAVE_PDF_CHANNEL, (event: IpcMainInvokeEvent): Result<null> => {
    const frame = senderFrameOf(event);
    if (!frame || frame.parent !== null || !isTrustedSenderUrl(frame.url) || !isOurMainFrame(frame)) {
      return forbidden;
    }
    // Locked mode and the app lock hide the menu's Save as PDF: a page cannot reach it another way.
    if (isLocked()) return lockedPdf;
    save(event.sender);
    return { ok: true, value: null };
  });
}

const lockedPdf: Result<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'Reports cannot be saved while Hallmarks is locked. Nothing was saved.',
  },
};
