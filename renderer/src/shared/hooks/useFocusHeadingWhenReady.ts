import { useEffect } from 'react';

/**
 * The layout moves focus to the heading when the address changes, but a screen still loading has no
 * heading yet, so focus lands on the main area. Once the screen is ready, move it on to the heading.
 */
export function useFocusHeadingWhenReady(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active === document.body || active?.id === 'main-content') {
      document.querySelector<HTMLElement>('#main-content h1')?.focus();
    }
  }, [ready]);
}
