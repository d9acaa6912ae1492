import { useImprovementList, useToday } from '@improvement/api';

/**
 * The home's action plan and inspection records for a printed report: actions, Reg 44 visits, Reg 45
 * reviews and Ofsted inspections, read through the same contract (and cache) as their screens.
 */
export function useRecordsData(homeId: number) {
  const actions = useImprovementList('actions.list', homeId);
  const reg44 = useImprovementList('reg44.overview', homeId);
  const reg45 = useImprovementList('reg45.records', homeId);
  const ofsted = useImprovementList('ofsted.overview', homeId);
  // The home's today: what is overdue, and by how many days, is said as of the day it is printed.
  const today = useToday();
  const queries = [actions, reg44, reg45, ofsted, today];
  return {
    error: queries.find((q) => q.error)?.error ?? null,
    loading: queries.some((q) => q.isPending),
    actions: actions.data,
    reg44: reg44.data,
    reg45: reg45.data,
    ofsted: ofsted.data,
    today: today.data,
  };
}

export type RecordsData = ReturnType<typeof useRecordsData>;
