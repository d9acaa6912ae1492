import type { ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import { lazyScreen } from '@shared/lib/lazyScreen';
import { appScreenPaths as screenPaths, type AppScreenName } from '@shared/paths/screenPaths';
import { NotFoundScreen } from '@shared/ui/NotFoundScreen';
import {
  CustomIndicatorsScreen,
  DomainStepScreen,
  ReviewOverviewScreen,
  ReviewsListScreen,
  ReviewSummaryScreen,
} from '@review/shell';
import { CompareReviewsScreen, FiguresScreen, ProviderScreen, TrendsScreen } from '@tracking/shell';
import {
  ActionsScreen,
  CalendarScreen,
  NotificationsScreen,
  OfstedScreen,
  Reg44Screen,
  Reg45Screen,
} from '@improvement';
import {
  BlindSpotsPanel,
  MeetingModeScreen,
  PaperSheetScreen,
  StaffScreen,
  TeamAgreementScreen,
  TeamMeetingScreen,
  TeamMeetingsScreen,
} from '@meetings';
import { Reg45AnalysisScreen, ReportsScreen } from '@reports';
import {
  FeedbackScreen,
  PaperSurveyScreen,
  QuestionsScreen,
  VoiceResultsScreen,
  YouSaidScreen,
} from '@voice';

const AddHomeScreen = lazyScreen(() => import('./screens/AddHomeScreen'), 'AddHomeScreen');
const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen'), 'SettingsScreen');

type RoutedHere = Exclude<AppScreenName, 'dashboard'>;

/**
 * One route per entry of appScreenPaths but the dashboard (the type insists), tried in that list's order.
 * The dashboard is routed by AppRoutes, and the print views by App, outside the layout.
 */
const routes: Record<RoutedHere, ReactElement> = {
  trends: <Route key="trends" path={screenPaths.trends} component={TrendsScreen} />,
  reviews: <Route key="reviews" path={screenPaths.reviews} component={ReviewsListScreen} />,
  customIndicators: (
    <Route key="customIndicators" path={screenPaths.customIndicators} component={CustomIndicatorsScreen} />
  ),
  compareReviews: (
    <Route key="compareReviews" path={screenPaths.compareReviews} component={CompareReviewsScreen} />
  ),
  review: (
    <Route key="review" path={screenPaths.review}>
      {(params: { id: string }) => (
        <ReviewOverviewScreen params={params} teamFindings={(id) => <BlindSpotsPanel reviewId={id} />} />
      )}
    </Route>
  ),
  reviewDomain: <Route key="reviewDomain" path={screenPaths.reviewDomain} component={DomainStepScreen} />,
  reviewSummary: (
    <Route key="reviewSummary" path={screenPaths.reviewSummary} component={ReviewSummaryScreen} />
  ),
  actions: <Route key="actions" path={screenPaths.actions} component={ActionsScreen} />,
  actionsPreset: <Route key="actionsPreset" path={screenPaths.actionsPreset} component={ActionsScreen} />,
  inspections: <Route key="inspections" path={screenPaths.inspections} component={Reg44Screen} />,
  reg44: <Route key="reg44" path={screenPaths.reg44} component={Reg44Screen} />,
  reg45: <Route key="reg45" path={screenPaths.reg45} component={Reg45Screen} />,
  ofsted: <Route key="ofsted" path={screenPaths.ofsted} component={OfstedScreen} />,
  notifications: (
    <Route key="notifications" path={screenPaths.notifications} component={NotificationsScreen} />
  ),
  calendar: <Route key="calendar" path={screenPaths.calendar} component={CalendarScreen} />,
  team: <Route key="team" path={screenPaths.team} component={StaffScreen} />,
  teamAgreement: (
    <Route key="teamAgreement" path={screenPaths.teamAgreement} component={TeamAgreementScreen} />
  ),
  teamMeetings: <Route key="teamMeetings" path={screenPaths.teamMeetings} component={TeamMeetingsScreen} />,
  teamMeeting: <Route key="teamMeeting" path={screenPaths.teamMeeting} component={TeamMeetingScreen} />,
  meetingMode: <Route key="meetingMode" path={screenPaths.meetingMode} component={MeetingModeScreen} />,
  paperSheet: <Route key="paperSheet" path={screenPaths.paperSheet} component={PaperSheetScreen} />,
  reports: <Route key="reports" path={screenPaths.reports} component={ReportsScreen} />,
  reg45Analysis: (
    <Route key="reg45Analysis" path={screenPaths.reg45Analysis} component={Reg45AnalysisScreen} />
  ),
  figures: <Route key="figures" path={screenPaths.figures} component={FiguresScreen} />,
  figuresForQuarter: (
    <Route key="figuresForQuarter" path={screenPaths.figuresForQuarter} component={FiguresScreen} />
  ),
  voice: <Route key="voice" path={screenPaths.voice} component={VoiceResultsScreen} />,
  voiceFeedback: <Route key="voiceFeedback" path={screenPaths.voiceFeedback} component={FeedbackScreen} />,
  voiceYouSaid: <Route key="voiceYouSaid" path={screenPaths.voiceYouSaid} component={YouSaidScreen} />,
  voiceQuestions: (
    <Route key="voiceQuestions" path={screenPaths.voiceQuestions} component={QuestionsScreen} />
  ),
  voicePaper: <Route key="voicePaper" path={screenPaths.voicePaper} component={PaperSurveyScreen} />,
  provider: <Route key="provider" path={screenPaths.provider} component={ProviderScreen} />,
  settings: <Route key="settings" path={screenPaths.settings} component={SettingsScreen} />,
  addHome: <Route key="addHome" path={screenPaths.addHome} component={AddHomeScreen} />,
};

/** Every screen but the dashboard, each loaded on first visit; inside AppRoutes' Suspense boundary. */
export function ScreenRoutes() {
  return (
    <Switch>
      {(Object.keys(screenPaths) as AppScreenName[])
        .filter((name): name is RoutedHere => name !== 'dashboard')
        .map((name) => routes[name])}
      <Route component={NotFoundScreen} />
    </Switch>
  );
}
