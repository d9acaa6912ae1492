import { contextBridge, ipcRenderer } from 'electron';
import { operationNames } from '../contract/operation-names';
import { INVOKE_CHANNEL } from './ipc';

/**
 * The whole bridge: one function, limited to the contract's operation names, so a page can never use
 * the IPC channel for anything else and never sees ipcRenderer itself. Main checks everything again.
 */
const allowed = new Set<string>(operationNames);

function invoke(name: unknown, input?: unknown): Promise<unknown> {
  if (typeof name !== 'string' || !allowed.has(name)) {
    const shown = typeof name === 'string' ? `"${name.slice(0, 80)}"` : `a ${typeof name}`;
    return Promise.reject(new Error(`Hallmarks cannot do ${shown}: it is not one of the app's operations.`));
  }
  return ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
}

contextBridge.exposeInMainWorld('hallmarks', Object.freeze({ invoke }));
