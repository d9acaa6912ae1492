/**
 * Children's voice and everyone's views: the one way in for the rest of the app. Screens load on first
 * visit; the dashboard uses the small "You said, we did" and flags panels.
 */
import { lazyScreen } from '@shared/lib/lazyScreen';

export const VoiceResultsScreen = lazyScreen(
  () => import('./screens/VoiceResultsScreen'),
  'VoiceResultsScreen',
);
export const FeedbackScreen = lazyScreen(() => import('./screens/FeedbackScreen'), 'FeedbackScreen');
export const YouSaidScreen = lazyScreen(() => import('./screens/YouSaidScreen'), 'YouSaidScreen');
export const QuestionsScreen = lazyScreen(() => import('./screens/QuestionsScreen'), 'QuestionsScreen');
export const PaperSurveyScreen = lazyScreen(() => import('./screens/PaperSurveyScreen'), 'PaperSurveyScreen');
/** Survey mode: the screen the app shows while locked for young people's answers. */
export const SurveyModeScreen = lazyScreen(() => import('./survey/SurveyMode'), 'SurveyMode');
export const VoiceDashboardPanel = lazyScreen(
  () => import('./components/VoiceDashboardPanel'),
  'VoiceDashboardPanel',
);
