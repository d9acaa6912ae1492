import path from 'node:path';
import { dispatch } from '../../contract/dispatch';
import type { InputOf, OperationName, ResultOf } from '../../contract/operations';
import { openStore } from '../store';

/**
 * A store on a temporary file with one home and a settable clock; `call` goes through the contract (so
 * inputs are parsed as the app parses them) and throws the app's message, with its fields, on refusal.
 */
export function openHarness(folder: string, startAt = '2026-11-20T10:00:00Z') {
  let clock = new Date(startAt);
  const store = openStore({ file: path.join(folder, 'h.sqlite'), appVersion: '1.0.0', now: () => clock });
  const call = async <K extends OperationName>(name: K, input: InputOf<K>) => {
    const result = await dispatch(
      store.handlers,
      name,
      input,
      () => undefined,
      () => clock,
    );
    if (!result.ok) throw Object.assign(new Error(result.error.message), { fields: result.error.fields });
    return result.value as ResultOf<K>;
  };
  const attempt = (name: OperationName, input: unknown) =>
    dispatch(
      store.handlers,
      name,
      input,
      () => undefined,
      () => clock,
    );
  const home = store.handlers['homes.create']({
    name: 'Oak House',
    urn: null,
    registeredManager: null,
    places: 4,
  });
  return { store, call, attempt, homeId: home.id, setClock: (iso: string) => (clock = new Date(iso)) };
}
