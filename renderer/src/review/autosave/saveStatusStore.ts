import { createContext } from 'react';
import type { SaveState } from './saveQueue';

/** The page's summary of all its autosaves. */
export type PageSaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveStatusStore {
  set(id: string, state: SaveState): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): PageSaveState;
}

function summarise(states: Iterable<SaveState>): PageSaveState {
  const all = [...states];
  if (all.includes('error')) return 'error';
  if (all.includes('pending') || all.includes('saving')) return 'saving';
  return all.includes('saved') ? 'saved' : 'idle';
}

/** Collects each field's save state so the page can say, in one place, whether everything is saved. */
export function createSaveStatusStore(): SaveStatusStore {
  const states = new Map<string, SaveState>();
  const listeners = new Set<() => void>();
  let snapshot: PageSaveState = 'idle';
  return {
    set(id, state) {
      states.set(id, state);
      const next = summarise(states.values());
      if (next === snapshot) return;
      snapshot = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

export const SaveStatusContext = createContext<SaveStatusStore | null>(null);
