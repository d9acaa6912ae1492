import { useEffect, useRef } from 'react';

let focusOnNextMount = false;

/** Asks the next screen to take focus to its heading, for moves the router does not see (first run). */
export function requestHeadingFocus(wanted = true) {
  focusOnNextMount = wanted;
}

/** How long to wait for a screen that is still loading its code or data to draw its heading. */
const HEADING_WAIT_MS = 10_000;

/** The screen's heading. While a new screen loads, React keeps the old one in the page, hidden. */
function visibleHeading(main: HTMLElement): HTMLElement | undefined {
  return [...main.querySelectorAll<HTMLElement>('h1')].find((h) => h.getClientRects().length > 0);
}

function focusMainHeading() {
  const main = document.getElementById('main-content');
  if (!main) return;
  const heading = visibleHeading(main);
  if (heading) return heading.focus();
  main.focus();
  // The heading arrives a moment later: move focus to it then, unless the person has moved on.
  const observer = new MutationObserver(() => {
    const arrived = visibleHeading(main);
    if (!arrived) return;
    observer.disconnect();
    if (document.activeElement === main || document.activeElement === document.body) arrived.focus();
  });
  observer.observe(main, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  window.setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
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
