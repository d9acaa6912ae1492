import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../contract/operation-names';
import { APP_LOCKED_CHANNEL, GATE_CHANNEL, INVOKE_CHANNEL, SAVE_PDF_CHANNEL } from './ipc';

/**
 * The whole bridge: one function, limited to the contract's operation names, so a page can never use
 * the IPC channel for anything else and never sees ipcRenderer itself, one way to hear that main locked
 * the app, the start gate's two calls, and a report's Save as PDF. Main checks everything again.
 */
const allowed = new Set<string>(operationNames);

function invoke(name: unknown, input?: unknown): Promise<unknown> {
  if (typeof name !== 'string' || !allowed.has(name)) {
    const shown = typeof name === 'string' ? `"${name.slice(0, 80)}"` : `a ${typeof name}`;
    return Promise.reject(new Error(`Hallmarks cannot do ${shown}: it is not one of the app's operations.`));
  }
  return ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
}

/** The page hears that main locked the app; it gets no event object, only the call. */
function onAppLocked(listener: unknown): void {
  if (typeof listener !== 'function') return;
  ipcRenderer.on(APP_LOCKED_CHANNEL, () => (listener as () => void)());
}

/** Before the data is open, the start gate (shell-shared/start-gate.ts): its state, and the answers. */
const gate = Object.freeze({
  state: (): Promise<unknown> => ipcRenderer.invoke(GATE_CHANNEL, 'state'),
  answer: (answer: unknown): Promise<unknown> => ipcRenderer.invoke(GATE_CHANNEL, 'answer', answer),
});

/** A report's Save as PDF button: main saves the report this window shows; nothing is passed. */
function savePdf(): Promise<unknown> {
  return ipcRenderer.invoke(SAVE_PDF_CHANNEL);
}

contextBridge.exposeInMainWorld('hallmarks', Object.freeze({ invoke, onAppLocked, gate, savePdf }));
