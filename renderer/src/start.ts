// The page's first script, its own tiny file (vite.config.mts): in browser mode it sends the start-up
// read while the app's JavaScript is still downloading, instead of after all of it has loaded and run.
// @shared/api/earlyStart picks the answer up. In the desktop app the preload's bridge answers at once,
// so there is nothing to gain and this does nothing.
import type { Result } from '@contract/result';
import type { StartupData } from '@contract/operations';

// No imports but types: anything imported would be shared with the app's own file and load from it.

declare global {
  interface Window {
    /** The start-up read sent by start.ts, or absent (desktop app, print view, or start.ts not run). */
    hallmarksStartup?: Promise<Result<StartupData> | null>;
  }
}

// A report's print view (#/print/...) reads only its own data. A page whose first screen the server
// rendered (its root is not empty) carries the start-up data in it (@shared/api/embeddedStartup).
if (
  !window.hallmarks &&
  !window.location.hash.startsWith('#/print/') &&
  !document.getElementById('root')?.hasChildNodes()
) {
  // The key comes in the address on first load, and from this tab's storage after a reload (see
  // shared/api/browserKey.ts, which keeps it there and takes it out of the address).
  const key =
    new URL(window.location.href).searchParams.get('key') ?? window.sessionStorage.getItem('hallmarks.key');
  window.hallmarksStartup = fetch('/api/invoke', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hallmarks-Key': key ?? '' },
    body: JSON.stringify({ name: 'app.start', input: {} }),
  }).then(
    (response) => (response.json() as Promise<Result<StartupData>>).catch(() => null),
    () => null,
  );
}
