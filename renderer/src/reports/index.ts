/**
 * Printed reports: the print views (whole-window routes under /print/) and the Reports screen's list.
 * The print views load as their own chunk, only when a report is opened.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export const PrintApp = lazyScreen(() => import('./PrintApp'), 'PrintApp');
export const isPrintPath = (location: string): boolean => location.startsWith('/print/');
