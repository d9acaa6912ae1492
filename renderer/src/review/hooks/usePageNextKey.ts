import { useEffect, useRef } from 'react';
import { indicatorKeyAction } from '../lib/indicatorKeys';

/**
 * N anywhere on a domain's page outside an indicator (the page heading, where a new page puts focus)
 * goes to the first indicator still to rate. Inside an indicator its own keys answer first and mark the
 * key as handled.
 */
export function usePageNextKey(goToFirstUnrated: () => void) {
  const latest = useRef(goToFirstUnrated);
  useEffect(() => {
    latest.current = goToFirstUnrated;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('dialog, [role="dialog"], fieldset.indicator')) return;
      const { key, ctrlKey, altKey, metaKey } = event;
      const action = indicatorKeyAction({ key, ctrlKey, altKey, metaKey, target });
      if (action?.kind !== 'next') return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
