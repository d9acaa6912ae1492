/**
 * Every screen's address pattern, in the order the router tries them (fixed paths before `:id`).
 * AppRoutes builds its routes from this list, and the reflow test (e2e/reflow.spec.ts) visits every
 * entry in every situation, so a screen added here is checked at every width without more work.
 */
export const screenPaths = {
  dashboard: '/',
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
  calendar: '/inspections/calendar',
  reports: '/reports',
  figures: '/figures',
  figuresForQuarter: '/figures/:quarter',
  provider: '/provider',
  settings: '/settings',
  addHome: '/settings/add-home',
} as const;

export type ScreenName = keyof typeof screenPaths;
