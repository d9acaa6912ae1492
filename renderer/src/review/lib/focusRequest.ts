/**
 * Where focus should go once the next screen has rendered, for moves that mean "take me to that place"
 * rather than "show me the new page" (which puts focus on the page's heading).
 */
let requested: string | null = null;

/** Asks the domain step to go back to the indicator the manager was last working on. */
export const RESUME = 'resume';

/** The address the app was opened (or reloaded) at: landing there again resumes where the person was. */
// (None when the main process renders the first screen: there is no window there, and nothing to focus.)
const openedAt = typeof window === 'undefined' ? null : window.location.hash;
let openedAtUsed = false;

export function requestFocus(target: string) {
  requested = target;
}

/** The pending request, left in place: lets a screen open the part a request is about before focusing it. */
export const pendingFocusRequest = (): string | null => requested;

/** Takes the pending request, if any, so it is honoured once. */
export function takeFocusRequest(): string | null {
  const target = requested;
  requested = null;
  return target;
}

/** True once, when the screen asking is the one the app was opened or reloaded on. */
export function takeOpenedHere(): boolean {
  if (openedAtUsed || window.location.hash !== openedAt) return false;
  openedAtUsed = true;
  return true;
}

/** Focuses an element after this render and after any move of focus to the page heading. */
export function focusSoon(elementId: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  });
}
