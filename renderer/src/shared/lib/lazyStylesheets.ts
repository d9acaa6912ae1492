/** What Vite's loader puts on its `vite:preloadError` event: why a lazily loaded part's file failed. */
type PreloadErrorEvent = Event & { payload?: unknown };

/**
 * A lazily loaded part (a screen or a dashboard panel) also loads its own stylesheet. The files are the
 * app's own, so that load fails only when the page is going away mid-load (a reload, a window closing);
 * Vite's loader would then throw "Unable to preload CSS" as an uncaught error. This lets the part carry on
 * without the stylesheet instead. A failed script still fails as before: the part cannot work without it.
 */
export function carryOnWithoutLazyStylesheets(target: EventTarget): () => void {
  const listener = (event: Event) => {
    const payload = (event as PreloadErrorEvent).payload;
    if (payload instanceof Error && payload.message.startsWith('Unable to preload CSS')) {
      event.preventDefault();
    }
  };
  target.addEventListener('vite:preloadError', listener);
  return () => target.removeEventListener('vite:preloadError', listener);
}
