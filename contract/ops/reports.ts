import { z } from 'zod';
import type { ActionItem } from '../actions';
import type { DashboardData } from '../dashboard';
import type { Home } from '../home';
import type { InspectionsOverview, Reg44Overview, Reg45Record } from '../records';
import { id } from '../review';
import { read } from './op';

/**
 * Everything an inspection pack prints, in one call: its print view reads it before the view's code has
 * even loaded, rather than six requests after it (the same values as homes.get, dashboard.get,
 * actions.list, reg44.overview, reg45.records and ofsted.overview).
 */
export interface InspectionPackData {
  home: Home;
  dashboard: DashboardData;
  actions: ActionItem[];
  reg44: Reg44Overview;
  reg45: Reg45Record[];
  ofsted: InspectionsOverview;
}

/** Reports: what a printed report reads in one call. */
export const reportsOperations = {
  'reports.inspectionPack': read<InspectionPackData>()(z.strictObject({ homeId: id })),
} as const;
