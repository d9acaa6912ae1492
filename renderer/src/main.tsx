// First: starts reading the app's data before anything else is evaluated.
import { embeddedStartup, startupData } from '@shared/api/earlyStart';
// Second: starts loading the chunk of the screen the window opens on.
import { openingChunk } from './openingChunk';
// Widgets' styles come before the screens' (as when they lived in the review's stylesheet).
import '@shared/styles/widgets.css';
import { createQueryClient } from '@shared/api/queryClient';
import { seedStartupData } from './startupPrefetch';
import { lockStatusQuery } from '@shared/locked-mode/lockApi';
import { followAppLock, settleAppLock } from '@shared/app-lock/appLockState';
import { isPrintPath, preloadPrintApp, seedPrintData } from '@reports';
import { mountApp } from './mountApp';
import { isDashboardPath, preloadScreenRoutes } from './routeChunks';
import '@shared/styles/base.css';
import '@shared/styles/layout.css';
import '@shared/styles/components.css';
import '@shared/styles/forms.css';
import './tracking/tracking.css';
import './voice/voice.css';

const queryClient = createQueryClient();
const element = document.getElementById('root');
if (!element) throw new Error('The page has no #root element');
const root: HTMLElement = element;

// Render once the start-up read is in (it was sent before this module ran), so the first screen
// appears with its data instead of a loading screen and a second round of requests, and once the
// screen's own chunk is in (openingChunk), so it appears whole. A window opened on a report's print view
// instead loads the print views, reads the lock status (which App checks first) and, for an inspection
// pack, reads the pack's data, all at once, so the view renders straight away with its data and without
// suspending.
const location = window.location.hash.replace(/^#/, '');
const openingScreen = isPrintPath(location)
  ? Promise.all([
      preloadPrintApp(),
      queryClient.prefetchQuery(lockStatusQuery),
      seedPrintData(queryClient, location),
    ])
  : openingChunk;
followAppLock();
// A start-up read that was answered means the app lock is open (the read is refused while it is locked).
const appLock = startupData.then((data) => settleAppLock(data !== null));
// The desktop app asks first, before its data is open, for what only the manager can give (the recovery
// key, a passphrase) and shows a new recovery key: then the page loads again with the data open.
const gate = window.hallmarks?.gate;
(gate ? gate.state().catch(() => null) : Promise.resolve(null)).then((asked) => {
  // Loaded only when asked, so the first screen's JavaScript does not grow.
  if (gate && asked)
    return import('./start-gate/runStartGate').then(({ runStartGate }) => runStartGate(root, gate, asked));
  Promise.all([seedStartupData(queryClient, startupData), openingScreen, appLock]).then(
    render,
    (error: unknown) => {
      // The screens read what they need themselves; seeding only saves them the wait.
      reportError(error);
      render();
    },
  );
}, reportError);

function render() {
  // The main process rendered the dashboard into the page from the data embedded beside it (seeded
  // above): React takes that HTML over. On any other screen that HTML is not this screen's.
  const hydrate = embeddedStartup !== null && root.hasChildNodes() && isDashboardPath(location);
  mountApp(root, queryClient, hydrate, reportError);
  // Then the other screens' routes load in the background, so the first move away from the dashboard
  // waits only for its own screen. A failure here is no one's to see: the routes load again, and say so,
  // when a screen needs them.
  if (!isPrintPath(location)) preloadScreenRoutes().catch(() => undefined);
}
