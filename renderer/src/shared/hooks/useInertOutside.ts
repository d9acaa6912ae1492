import { useEffect, type RefObject } from 'react';

/**
 * While the element is on screen, everything else on the page is inert: a screen that covers the
 * window (meeting mode) keeps Tab, clicks and screen readers to itself, so nothing hidden behind it
 * can take the focus. Walks from the element up to <body>, making each ancestor's other children
 * inert, and gives back exactly what it changed when the element goes.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const changed: Element[] = [];
    for (let node = ref.current; node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement?.children ?? []) {
        if (sibling === node || sibling.hasAttribute('inert')) continue;
        // Scripts and styles hold no focus; leaving them alone keeps the change small.
        if (sibling.tagName === 'SCRIPT' || sibling.tagName === 'STYLE') continue;
        sibling.setAttribute('inert', '');
        changed.push(sibling);
      }
    }
    return () => {
      for (const element of changed) element.removeAttribute('inert');
    };
  }, [ref]);
}
