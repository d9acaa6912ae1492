/** Addresses of the tracking screens, in one place. */
export const trackingPaths = {
  dashboard: '/',
  compare: '/reviews/compare',
  figures: '/figures',
  figuresFor: (quarter: string) => `/figures/${quarter}`,
  provider: '/provider',
  reports: '/reports',
};
