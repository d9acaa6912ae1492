/** Query keys for everything the review screens read, so mutations can update or invalidate them precisely. */
export const reviewKeys = {
  all: ['reviews'] as const,
  lists: () => [...reviewKeys.all, 'list'] as const,
  list: (homeId: number) => [...reviewKeys.lists(), homeId] as const,
  details: () => [...reviewKeys.all, 'detail'] as const,
  detail: (id: number) => [...reviewKeys.details(), id] as const,
  /** "Your records say…" for one review: read from other records, so refetched, never patched. */
  records: (id: number) => [...reviewKeys.all, 'records', id] as const,
};

export const customIndicatorKeys = {
  all: ['custom-indicators'] as const,
  list: (homeId: number) => [...customIndicatorKeys.all, homeId] as const,
};
