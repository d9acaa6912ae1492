import path from 'node:path';
import { dispatch } from '../../contract/dispatch';
import type { InputOf, OperationName } from '../../contract/operations';
import { openStore, type StoreOptions } from '../store';

/**
 * The PIN, password and lock tests' setup: a data file in `folder` with one home, a clock they move on
 * (waits after wrong PINs, the app lock's idle time), and a restart: the same file closed and opened
 * again, as after quitting, so what is locked must still be locked. `attempt` goes through the contract
 * and answers with its result, refusals included.
 */
export function openLockable(folder: string, options: Partial<StoreOptions> = {}) {
  const file = path.join(folder, 'h.sqlite');
  let clock = new Date('2026-07-01T23:30:00Z');
  const open = () => openStore({ file, appVersion: '1.0.0', now: () => clock, ...options });
  let store = open();
  const attempt = <K extends OperationName>(name: K, input: InputOf<K>) =>
    dispatch(store.handlers, name, input, () => undefined);
  const homeId = store.handlers['homes.create']({
    name: 'Oak',
    urn: null,
    registeredManager: null,
    places: 4,
  }).id;
  return {
    /** The store as it is now: a restart opens a new one. */
    get store() {
      return store;
    },
    attempt,
    homeId,
    restart() {
      store.close();
      store = open();
    },
    advance: (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000)),
  };
}
