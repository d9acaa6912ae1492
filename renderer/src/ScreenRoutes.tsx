import type { JSXElementConstructor, ReactElement } from 'react';
import {
  Route,
  Switch,
  type RegexRouteParams,
  type RouteComponentProps,
  type StringRouteParams,
} from 'wouter';
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
/** The one screen whose route passes more than the address's parameters, so it is written out below. */
type WrittenOut = 'review';
type AppScreenPaths = typeof screenPaths;

/** The screen each address shows, typed so that a screen accepts the parameters its address gives. */
const screens: {
  [Name in Exclude<RoutedHere, WrittenOut>]: JSXElementConstructor<
    RouteComponentProps<StringRouteParams<AppScreenPaths[Name]>>
  >;
} = {
  trends: TrendsScreen,
  reviews: ReviewsListScreen,
  customIndicators: CustomIndicatorsScreen,
  compareReviews: CompareReviewsScreen,
  reviewDomain: DomainStepScreen,
  reviewSummary: ReviewSummaryScreen,
  actions: ActionsScreen,
  actionsPreset: ActionsScreen,
  inspections: Reg44Screen,
  reg44: Reg44Screen,
  reg45: Reg45Screen,
  ofsted: OfstedScreen,
  notifications: NotificationsScreen,
  calendar: CalendarScreen,
  team: StaffScreen,
  teamAgreement: TeamAgreementScreen,
  teamMeetings: TeamMeetingsScreen,
  teamMeeting: TeamMeetingScreen,
  meetingMode: MeetingModeScreen,
  paperSheet: PaperSheetScreen,
  reports: ReportsScreen,
  reg45Analysis: Reg45AnalysisScreen,
  figures: FiguresScreen,
  figuresForQuarter: FiguresScreen,
  voice: VoiceResultsScreen,
  voiceFeedback: FeedbackScreen,
  voiceYouSaid: YouSaidScreen,
  voiceQuestions: QuestionsScreen,
  voicePaper: PaperSurveyScreen,
  provider: ProviderScreen,
  settings: SettingsScreen,
  addHome: AddHomeScreen,
};

/** The review's overview also shows the team's findings, which live in the meetings feature. */
const reviewRoute = (
  <Route key="review" path={screenPaths.review}>
    {(params: { id: string }) => (
      <ReviewOverviewScreen params={params} teamFindings={(id) => <BlindSpotsPanel reviewId={id} />} />
    )}
  </Route>
);

function screenRoute<Name extends Exclude<RoutedHere, WrittenOut>>(name: Name): ReactElement {
  // `screens` has checked each screen against its own address; TypeScript cannot follow that link through
  // a name it does not know yet, so the route is given the screen as one that takes any address's parameters.
  const screen = screens[name] as JSXElementConstructor<RouteComponentProps<RegexRouteParams>>;
  return <Route<RegexRouteParams> key={name} path={screenPaths[name]} component={screen} />;
}

/**
 * Every screen but the dashboard, each loaded on first visit; inside AppRoutes' Suspense boundary.
 * One route per entry of appScreenPaths but the dashboard (the types insist), tried in that list's order.
 * The dashboard is routed by AppRoutes, and the print views by App, outside the layout.
 */
export function ScreenRoutes() {
  return (
    <Switch>
      {(Object.keys(screenPaths) as AppScreenName[])
        .filter((name): name is RoutedHere => name !== 'dashboard')
        .map((name) => (name === 'review' ? reviewRoute : screenRoute(name)))}
      <Route component={NotFoundScreen} />
    </Switch>
  );
}
