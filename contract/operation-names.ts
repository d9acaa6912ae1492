/**
 * The names of every operation, without their schemas: the preload bridge needs only these, and importing
 * the schemas would bundle zod into it. contract/operations.ts fails to compile if the two lists differ.
 */
export const operationNames = [
  'app.info',
  'app.start',
  'homes.list',
  'homes.get',
  'homes.create',
  'homes.update',
  'homes.select',
  'settings.quarterNumbering',
  'framework.get',
  'reviews.list',
  'reviews.get',
  'reviews.start',
  'reviews.saveIndicator',
  'reviews.saveDomain',
  'reviews.saveSummary',
  'reviews.saveJudgement',
  'reviews.setPosition',
  'reviews.complete',
  'reviews.reopen',
  'customIndicators.list',
  'customIndicators.add',
  'demo.create',
  'dashboard.get',
  'provider.overview',
  'alerts.acknowledge',
  'metrics.get',
  'metrics.save',
  'reg45.record',
] as const;
