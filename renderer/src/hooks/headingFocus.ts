import { useEffect, useRef } from 'react';

let focusOnNextMount = false;

/** Asks the next screen to take focus to its heading, for moves the router does not see (first run). */
export function requestHeadingFocus(wanted = true) {
  focusOnNextMount = wanted;
}

function focusMainHeading() {
  const target =
    document.querySelector<HTMLElement>('#main-content h1') ?? document.getElementById('main-content');
  target?.focus();
}

/**
 * After every change of screen, focus moves to the new screen's h1, so keyboard and screen-reader users
 * start at the top of what changed instead of on a link that is no longer there.
 */
export function useFocusHeadingOnNavigate(location: string) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const changed = previous.current !== null && previous.current !== location;
    previous.current = location;
    if (changed || focusOnNextMount) {
      focusOnNextMount = false;
      focusMainHeading();
    }
  }, [location]);
}
