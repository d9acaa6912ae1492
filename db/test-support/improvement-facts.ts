import type { ImprovementFacts } from '../insights/improvement-alerts';

/** A home's improvement facts with nothing due or missing: each test adds only what it is about. */
export const noImprovementFacts: ImprovementFacts = {
  today: '2026-11-20',
  overdueActions: [],
  reg44MissingMonths: [],
  reg45: [],
  duties: { duties: [], qualifications: [], appraisals: [], staffChecks: [] },
  overdueRequirements: [],
};
