import { isPrintPath } from '@reports';
import { carryOnWithoutLazyStylesheets } from '@shared/lib/lazyStylesheets';
import { isDashboardPath, preloadDashboard, preloadScreenRoutes } from './routeChunks';

// Imported by main.tsx straight after the start-up read, so the screen's chunk is asked for before React
// and the rest of the first screen's file are evaluated (that took as long as the chunk's own load).
// First, so a stylesheet of it that fails to load is carried on without.
carryOnWithoutLazyStylesheets(window);
const location = window.location.hash.replace(/^#/, '');

/**
 * The chunk of the screen the window opens on, loading: the dashboard's, or the other screens' routes.
 * Null for a report's print view, which main.tsx loads with its data.
 */
export const openingChunk: Promise<void> | null = isPrintPath(location)
  ? null
  : isDashboardPath(location)
    ? preloadDashboard()
    : preloadScreenRoutes();
