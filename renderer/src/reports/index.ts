/**
 * Printed reports: the print views (whole-window routes under /print/) and the Reports screens.
 * The print views load as their own chunk, only when a report is opened, and the screens load on first
 * visit. Export nothing else from here: whatever this file exports loads with the app's first screen
 * (main.tsx and App import it), so the Reports screen's parts (the spreadsheets bring the contract's
 * schemas and zod) are imported by that screen directly.
 */
import { createElement, type ComponentType } from 'react';
import { lazyScreen } from '@shared/lib/lazyScreen';

const loadPrintViews = () => import('./PrintApp');
const LazyPrintApp = lazyScreen(loadPrintViews, 'PrintApp');
let loadedPrintApp: ComponentType | null = null;

/**
 * Loads the print views' chunk before the first render when the window opens on a report (main.tsx),
 * so PrintApp renders without suspending: React holds back a suspended screen's content until 300 ms
 * after its fallback appeared, which was a third of the time to make an inspection pack's PDF.
 */
export async function preloadPrintApp(): Promise<void> {
  loadedPrintApp = (await loadPrintViews()).PrintApp;
}

/** The print views; inside a Suspense boundary, for when they were not preloaded. */
export function PrintApp() {
  return createElement(loadedPrintApp ?? LazyPrintApp);
}

export const ReportsScreen = lazyScreen(() => import('./screens/ReportsScreen'), 'ReportsScreen');
export const Reg45AnalysisScreen = lazyScreen(
  () => import('./screens/Reg45AnalysisScreen'),
  'Reg45AnalysisScreen',
);

export const isPrintPath = (location: string): boolean => location.startsWith('/print/');
export { seedPrintData } from './lib/seedPrintData';
