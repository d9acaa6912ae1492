/**
 * The action plan and inspection records: the one way in for the rest of the app. Screens load on first
 * visit. The in-place widgets other features use (Add an action, open actions) are in api/index.ts.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export const ActionsScreen = lazyScreen(() => import('./screens/ActionsScreen'), 'ActionsScreen');
export const Reg44Screen = lazyScreen(() => import('./screens/Reg44Screen'), 'Reg44Screen');
export const Reg45Screen = lazyScreen(() => import('./screens/Reg45Screen'), 'Reg45Screen');
export const OfstedScreen = lazyScreen(() => import('./screens/OfstedScreen'), 'OfstedScreen');
export const CalendarScreen = lazyScreen(() => import('./screens/CalendarScreen'), 'CalendarScreen');
export const NotificationsScreen = lazyScreen(
  () => import('./screens/NotificationsScreen'),
  'NotificationsScreen',
);
