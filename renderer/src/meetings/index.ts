/**
 * The staff team and team meetings (issue 10): the one way in for the rest of the app. Screens load on
 * first visit.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export const StaffScreen = lazyScreen(() => import('./screens/StaffScreen'), 'StaffScreen');
export const TeamMeetingsScreen = lazyScreen(
  () => import('./screens/TeamMeetingsScreen'),
  'TeamMeetingsScreen',
);
export const TeamMeetingScreen = lazyScreen(() => import('./screens/TeamMeetingScreen'), 'TeamMeetingScreen');
export const PaperSheetScreen = lazyScreen(() => import('./screens/PaperSheetScreen'), 'PaperSheetScreen');
/** The locked screen for private rating (App.tsx passes it to the locked-mode shell). */
export const RatingModeScreen = lazyScreen(() => import('./screens/RatingModeScreen'), 'RatingModeScreen');
export const MeetingModeScreen = lazyScreen(() => import('./screens/MeetingModeScreen'), 'MeetingModeScreen');
/** "Team agreement by quarter", a screen of its own (it used to sit at the foot of the dashboard). */
export const TeamAgreementScreen = lazyScreen(
  () => import('./screens/TeamAgreementScreen'),
  'TeamAgreementScreen',
);
/** The review's and the meeting's list of possible blind spots and hidden strengths; nothing until found. */
export const BlindSpotsPanel = lazyScreen(() => import('./components/BlindSpotsPanel'), 'BlindSpotsPanel');
