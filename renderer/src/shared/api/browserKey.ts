const STORAGE_KEY = 'hallmarks.key';

/**
 * Browser mode hands the page its access key once, in the address (?key=...). Keep it for this tab
 * only, so reloads still work, and take it out of the visible address so it is not copied or bookmarked.
 */
export function captureBrowserKey(): void {
  const url = new URL(window.location.href);
  const key = url.searchParams.get('key');
  if (key === null) return;
  window.sessionStorage.setItem(STORAGE_KEY, key);
  url.searchParams.delete('key');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

export function browserKey(): string | null {
  return window.sessionStorage.getItem(STORAGE_KEY);
}
