import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../contract/operation-names';
import { GATE_CHANNEL, INVOKE_CHANNEL } from './ipc';

/**
 * The whole bridge: one function, limited to the contract's operation names, so a page can never use
 * the IPC channel for anything else and never sees ipcRenderer itself, and the start gate's two calls.
 * Main checks everything again.
 */
const allowed = new Set<string>(operationNames);

function invoke(name: unknown, input?: unknown): Promise<unknown> {
  if (typeof name !== 'string' || !allowed.has(name)) {
    const shown = typeof name === 'string' ? `"${name.slice(0, 80)}"` : `a ${typeof name}`;
    return Promise.reject(new Error(`Hallmarks cannot do ${shown}: it is not one of the app's operations.`));
  }
  return ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
}

/** Before the data is open, the start gate (shell-shared/start-gate.ts): its state, and the answers. */
const gate = Object.freeze({
  state: (): Promise<unknown> => ipcRenderer.invoke(GATE_CHANNEL, 'state'),
  answer: (answer: unknown): Promise<unknown> => ipcRenderer.invoke(GATE_CHANNEL, 'answer', answer),
});

contextBridge.exposeInMainWorld('hallmarks', Object.freeze({ invoke, gate }));
