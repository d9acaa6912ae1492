import { useContext, useEffect, useState } from 'react';
import { SaveQueue, type SaveState } from './saveQueue';
import { SaveStatusContext } from './saveStatusStore';
import { inBackground } from '@shared/lib/background';

/** Typing waits this long after the last key before saving; choices save at once. */
export const TYPING_DELAY_MS = 600;

/**
 * Autosave for one thing on screen (an indicator, a domain judgement, the summary). Call `change` with
 * the whole new value; it is saved after a pause in typing, at once for choices, and whenever `flush` is
 * called (on blur), the page is hidden or the component goes away.
 */
export function useAutosave<T>(id: string, save: (value: T) => Promise<void>) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const store = useContext(SaveStatusContext);
  const [queue] = useState(
    () =>
      new SaveQueue<T>(
        save,
        (next, failure) => {
          setState(next);
          setError(failure);
          store?.set(id, next);
        },
        TYPING_DELAY_MS,
      ),
  );

  useEffect(() => {
    queue.saveWith(save);
  }, [queue, save]);

  useEffect(() => {
    const flush = () => inBackground(queue.flush());
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [queue]);

  return {
    state,
    error,
    change: (value: T, when: 'now' | 'soon') => queue.change(value, when),
    flush: () => queue.flush(),
  };
}
