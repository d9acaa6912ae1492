/**
 * The staff team and team meetings (issue 10): the one way in for the rest of the app. Screens load on
 * first visit.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export const StaffScreen = lazyScreen(() => import('./screens/StaffScreen'), 'StaffScreen');
