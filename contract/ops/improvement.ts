import { z } from 'zod';
import {
  addActionNoteInput,
  createActionInput,
  setActionStatusInput,
  updateActionInput,
  type ActionItem,
} from '../actions';
import {
  recordAppraisalInput,
  removeQualificationInput,
  saveDutyInput,
  saveQualificationInput,
  type DutiesOverview,
} from '../duties';
import {
  saveInspectionInput,
  saveInspectionItemInput,
  saveReg44RecommendationInput,
  saveReg44VisitInput,
  type InspectionsOverview,
  type Reg44Overview,
} from '../records';
import { id } from '../review';
import { recordStaffCheckInput } from '../staff-checks';
import { read, write, type Saved } from './op';

/** Improvement: actions, Reg 44 visits, Ofsted inspections, duties, qualifications and appraisals. */
export const improvementOperations = {
  'actions.list': read<ActionItem[]>()(z.strictObject({ homeId: id })),
  'actions.create': write<ActionItem>()(createActionInput),
  'actions.update': write<ActionItem>()(updateActionInput),
  'actions.setStatus': write<ActionItem>()(setActionStatusInput),
  'actions.addNote': write<ActionItem>()(addActionNoteInput),
  'reg44.overview': read<Reg44Overview>()(z.strictObject({ homeId: id })),
  'reg44.saveVisit': write<Saved<Reg44Overview>>()(saveReg44VisitInput),
  'reg44.saveRecommendation': write<Reg44Overview>()(saveReg44RecommendationInput),
  'ofsted.overview': read<InspectionsOverview>()(z.strictObject({ homeId: id })),
  'ofsted.saveInspection': write<Saved<InspectionsOverview>>()(saveInspectionInput),
  'ofsted.saveItem': write<InspectionsOverview>()(saveInspectionItemInput),
  'duties.overview': read<DutiesOverview>()(z.strictObject({ homeId: id })),
  'duties.save': write<DutiesOverview>()(saveDutyInput),
  'qualifications.save': write<DutiesOverview>()(saveQualificationInput),
  'qualifications.remove': write<DutiesOverview>()(removeQualificationInput),
  'appraisals.record': write<DutiesOverview>()(recordAppraisalInput),
  'staffChecks.record': write<DutiesOverview>()(recordStaffCheckInput),
} as const;
