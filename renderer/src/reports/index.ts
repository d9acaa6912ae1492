/**
 * Printed reports: the print views (whole-window routes under /print/) and the Reports screens.
 * The print views load as their own chunk, only when a report is opened, and the screens load on first
 * visit. Export nothing else from here: whatever this file exports loads with the app's first screen
 * (main.tsx and App import it), so the Reports screen's parts (the spreadsheets bring the contract's
 * schemas and zod) are imported by that screen directly.
 */
import type { QueryClient } from '@tanstack/react-query';
import { lazyScreen, preloadableScreen } from '@shared/lib/lazyScreen';

/**
 * The print views; inside a Suspense boundary, for when they were not preloaded. main.tsx loads their
 * chunk before the first render when the window opens on a report, so PrintApp renders without
 * suspending: React holds back a suspended screen's content until 300 ms after its fallback appeared,
 * which was a third of the time to make an inspection pack's PDF.
 */
export const { Screen: PrintApp, preload: preloadPrintApp } = preloadableScreen(
  () => import('./PrintApp'),
  'PrintApp',
);

export const ReportsScreen = lazyScreen(() => import('./screens/ReportsScreen'), 'ReportsScreen');
export const Reg45AnalysisScreen = lazyScreen(
  () => import('./screens/Reg45AnalysisScreen'),
  'Reg45AnalysisScreen',
);

export const isPrintPath = (location: string): boolean => location.startsWith('/print/');

/** Reads a report's data before its print view renders; loaded only then, so the first screen is lighter. */
export async function seedPrintData(queryClient: QueryClient, location: string): Promise<void> {
  const { seedPrintData: seed } = await import('./lib/seedPrintData');
  await seed(queryClient, location);
}
