/** Addresses of the review screens, in one place. */
export const reviewPaths = {
  list: '/reviews',
  customIndicators: '/reviews/indicators',
  overview: (id: number) => `/reviews/${id}`,
  domain: (id: number, domainKey: string) => `/reviews/${id}/domain/${domainKey}`,
  summary: (id: number) => `/reviews/${id}/summary`,
};
