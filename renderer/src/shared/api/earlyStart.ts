import type { StartupData } from '@contract/operations';
import { captureBrowserKey } from './browserKey';
import { invoke } from './client';
import { embeddedStartupData } from './embeddedStartup';

// Imported first by main.tsx, so this runs before React and the screens are evaluated. In browser mode
// the page's first script (src/start.ts) has usually sent the start-up read already, while this code
// was still downloading; otherwise it is sent now.
if (!window.hallmarks) captureBrowserKey();

/** The data the main process rendered the first screen from, when it did (then nothing is read). */
export const embeddedStartup = embeddedStartupData();

/**
 * What the first screen needs, or null if it could not be read (the screens then read and report).
 * A report's print view (#/print/...) reads only its own data, so it skips the dashboard's read.
 */
export const startupData: Promise<StartupData | null> = window.location.hash.startsWith('#/print/')
  ? Promise.resolve(null)
  : embeddedStartup
    ? Promise.resolve(embeddedStartup)
    : window.hallmarksStartup
      ? window.hallmarksStartup.then((result) => (result?.ok ? result.value : null))
      : invoke('app.start', {}).catch(() => null);
