import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Once the step is done it is gone, and focus with it: the outcome takes focus instead, so a
 * keyboard user carries on from there and a screen reader reads it.
 */
export function useFocusOnOutcome<T extends HTMLElement>(outcome: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  return ref;
}

/**
 * After Cancel, focus goes back to the button that opened the step (drawn again once the step is gone),
 * so a keyboard user is where they were. Call the returned function with that button's id.
 */
export function useFocusBackAfterCancel(): (buttonId: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
