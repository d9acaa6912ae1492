import { preloadableScreen } from '@shared/lib/lazyScreen';

/**
 * The first screen's JavaScript is the shell (issue 20 §9): the dashboard, and the table of every other
 * screen's route, are chunks of their own. main.tsx loads the one the window opens on alongside the
 * start-up read and renders once both are in, so the screen appears whole, with no loading line first.
 */
export const { Screen: DashboardScreen, preload: preloadDashboard } = preloadableScreen(
  () => import('./screens/DashboardScreen'),
  'DashboardScreen',
);
export const { Screen: ScreenRoutes, preload: preloadScreenRoutes } = preloadableScreen(
  () => import('./ScreenRoutes'),
  'ScreenRoutes',
);

/** The address (wouter's, from the hash) is the dashboard's: an empty hash is the dashboard too. */
export const isDashboardPath = (location: string): boolean => location === '' || location === '/';
