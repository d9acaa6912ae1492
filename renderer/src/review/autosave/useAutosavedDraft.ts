import { useRef, useState } from 'react';
import { useAutosave } from './useAutosave';

/**
 * What the person is editing, kept here so typing is never overwritten by data arriving from the app,
 * and autosaved whole: `update` merges the changes and saves now (choices) or soon (typing).
 */
export function useAutosavedDraft<T extends object>(
  id: string,
  initial: () => T,
  save: (values: T) => Promise<void>,
) {
  const [values, setValues] = useState(initial);
  const latest = useRef(values);
  const autosave = useAutosave<T>(id, save);

  function update(changes: Partial<T>, when: 'now' | 'soon') {
    const next = { ...latest.current, ...changes };
    latest.current = next;
    setValues(next);
    autosave.change(next, when);
  }

  return { values, update, flush: autosave.flush, state: autosave.state, error: autosave.error };
}
