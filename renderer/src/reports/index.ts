/**
 * Printed reports: the print views (whole-window routes under /print/) and the Reports screen's parts.
 * The print views load as their own chunk, only when a report is opened; the Reports screen's parts go
 * with that (lazy) screen, since the app's first screen imports only isPrintPath and PrintApp.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export const PrintApp = lazyScreen(() => import('./PrintApp'), 'PrintApp');
export const Reg45AnalysisScreen = lazyScreen(
  () => import('./screens/Reg45AnalysisScreen'),
  'Reg45AnalysisScreen',
);
export const isPrintPath = (location: string): boolean => location.startsWith('/print/');
export { CsvDownloads } from './parts/CsvDownloads';
export { ReportList } from './parts/ReportList';
