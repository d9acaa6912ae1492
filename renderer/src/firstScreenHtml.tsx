import { prerender } from 'react-dom/static';
import type { StartupData } from '@contract/operations';
import { createQueryClient } from '@shared/api/queryClient';
import { settleAppLock } from '@shared/app-lock/appLockState';
import { preloadDashboard } from './routeChunks';
import { seedStartupData } from './startupPrefetch';
import { AppTree } from './AppTree';

/**
 * The first screen (the dashboard) as HTML, rendered in the main process from the start-up data, so the
 * window shows it before the app's JavaScript has loaded; the page then hydrates it with the same data
 * (main.tsx). Built on its own for Node (scripts/build-node.mjs); the shells call it only for an open
 * app (shell-shared/first-screen.ts), so the lock phase here is 'open'.
 */
export async function renderFirstScreen(data: StartupData): Promise<string> {
  await Promise.all([preloadDashboard(), settleAppLock(true)]);
  const queryClient = createQueryClient();
  await seedStartupData(queryClient, Promise.resolve(data));
  // Waits for every part the screen loads lazily (its charts, the review's step), as the page shows them
  // once loaded: a part left as its loading line here would be rendered afresh by the page, not hydrated.
  // A part that failed would be left to the page to render afresh: the whole page renders itself instead.
  const errors: unknown[] = [];
  // Every part inline, however large (React otherwise moves a large part to the end of the page with an
  // inline script to put it in place, which the CSP refuses).
  const { prelude } = await prerender(<AppTree queryClient={queryClient} />, {
    onError: (error) => void errors.push(error),
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
  });
  queryClient.clear();
  if (errors.length > 0) throw errors[0];
  return new Response(prelude).text();
}
