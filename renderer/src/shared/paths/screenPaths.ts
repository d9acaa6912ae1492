/**
 * Every screen's address pattern, in the order the router tries them (fixed paths before `:id`).
 * AppRoutes builds its routes from this list, and the reflow test (e2e/reflow.spec.ts) visits every
 * entry in every situation, so a screen added here is checked at every width without more work.
 */
export const appScreenPaths = {
  dashboard: '/',
  trends: '/trends',
  reviews: '/reviews',
  customIndicators: '/reviews/indicators',
  compareReviews: '/reviews/compare',
  review: '/reviews/:id',
  reviewDomain: '/reviews/:id/domain/:domainKey',
  reviewSummary: '/reviews/:id/summary',
  actions: '/actions',
  actionsPreset: '/actions/:preset',
  inspections: '/inspections',
  reg44: '/inspections/reg44',
  reg45: '/inspections/reg45',
  ofsted: '/inspections/ofsted',
  notifications: '/inspections/notifications',
  calendar: '/inspections/calendar',
  team: '/team',
  teamAgreement: '/team/agreement',
  teamMeetings: '/team/meeting',
  teamMeeting: '/team/meeting/:id',
  paperSheet: '/team/meeting/:id/paper',
  meetingMode: '/team/meeting/:id/present',
  reports: '/reports',
  reg45Analysis: '/reports/reg45/:reportQuarter',
  figures: '/figures',
  figuresForQuarter: '/figures/:quarter',
  voice: '/voice',
  voiceFeedback: '/voice/feedback',
  voiceYouSaid: '/voice/you-said',
  voiceQuestions: '/voice/questions',
  voicePaper: '/voice/paper',
  provider: '/provider',
  settings: '/settings',
  addHome: '/settings/add-home',
} as const;

/**
 * The reports' print views (renderer/src/reports), whole-window routes outside the app's layout: one per
 * report in contract/reports.ts (a test there checks that each has its line here).
 */
export const printScreenPaths = {
  'print/quarterly-review': '/print/quarterly-review/:homeId/:reportQuarter',
  'print/staff-room': '/print/staff-room/:homeId/:reportQuarter',
  'print/rating-sheets': '/print/rating-sheets/:homeId/:reportQuarter',
  'print/inspection-pack': '/print/inspection-pack/:homeId/:reportQuarter',
  'print/action-plan': '/print/action-plan/:homeId/:reportQuarter',
  'print/reg45-draft': '/print/reg45-draft/:homeId/:reportQuarter',
  'print/team-meeting': '/print/team-meeting/:homeId/:reportQuarter',
} as const;

export const screenPaths = { ...appScreenPaths, ...printScreenPaths } as const;

export type AppScreenName = keyof typeof appScreenPaths;
export type ScreenName = keyof typeof screenPaths;
