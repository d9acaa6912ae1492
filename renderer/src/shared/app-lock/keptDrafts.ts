import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * What was being typed when the app locked. The lock removes every screen from the page, so each text
 * box says here what it holds while it is on the page; at the lock, the boxes that were typed in are
 * copied aside, and when the same box on the same screen comes back after the unlock it takes its text
 * back (and its form saves it as if typed). Kept in this page's memory only, never on disk: a reload
 * starts empty, as it always has.
 */
const onPage = new Map<string, { typed: () => string; changed: () => boolean }>();
const kept = new Map<string, string>();
/**
 * Off in locked mode: a child's survey or a member of staff's private rating sheet is theirs alone, and
 * whoever comes to the screen after the unlock is someone else, so nothing typed there is kept.
 */
let keeping = true;

export function keepDraftsAcrossLock(keep: boolean): void {
  keeping = keep;
}

/** A box is known by the screen it is on and its id. */
const keyOf = (id: string) => `${window.location.hash}|${id}`;

/**
 * Copies aside what the boxes on the page hold, if typed in since they appeared; the lock calls it.
 * Drafts from an earlier lock that never found their box again (a form left closed) are dropped, so
 * old text cannot come back over newer work.
 */
export function keepDrafts(): void {
  kept.clear();
  if (!keeping) return;
  for (const [key, box] of onPage) if (box.changed()) kept.set(key, box.typed());
}

/** How many drafts are waiting to go back in (the lock screen says so when there are any). */
export function keptDraftCount(): number {
  return kept.size;
}

/**
 * For a text box: registers it while it is on the page and, once after it appears, puts back what it
 * held at the lock. `onChange` is called only when the kept text differs from what it shows.
 */
export function useKeptDraft(id: string, value: string, onChange: (value: string) => void): void {
  const latest = useRef({ value, onChange, first: value });
  // After each render, so the lock (which comes between renders) copies what the box shows.
  useLayoutEffect(() => {
    latest.current.value = value;
    latest.current.onChange = onChange;
  });
  useEffect(() => {
    const key = keyOf(id);
    const box = latest.current;
    box.first = box.value;
    const entry = { typed: () => box.value, changed: () => box.value !== box.first };
    onPage.set(key, entry);
    const draft = kept.get(key);
    if (draft !== undefined) {
      kept.delete(key);
      if (draft !== box.value) box.onChange(draft);
    }
    return () => {
      if (onPage.get(key) === entry) onPage.delete(key);
    };
  }, [id]);
}
