/** Query keys for the framework's text, which every feature reads. */
export const frameworkKeys = {
  all: ['framework'] as const,
  version: (version: number) => [...frameworkKeys.all, version] as const,
};
