import { z } from 'zod';
import { homeDate, personName, text } from './home-date';
import { id } from './review';
import { SCCIF_TITLES } from './rules/sccif-titles';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const ACTION_SOURCES = [
  'review',
  'team_meeting',
  'reg44',
  'reg45',
  'ofsted_requirement',
  'ofsted_recommendation',
  'complaint',
  'other',
] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
export const SOURCE_LABELS: Record<ActionSource, string> = {
  review: 'Self-assessment review',
  team_meeting: 'Team meeting',
  reg44: 'Reg 44 recommendation',
  reg45: 'Reg 45 review',
  ofsted_requirement: 'Ofsted requirement',
  ofsted_recommendation: 'Ofsted recommendation',
  complaint: 'Complaint',
  other: 'Other',
};

/** The three SCCIF judgements, as keyed by the framework v2 work. */
export const SCCIF_KEYS = ['experiencesAndProgress', 'helpedAndProtected', 'leadersAndManagers'] as const;
export type SccifKey = (typeof SCCIF_KEYS)[number];
export const SCCIF_LABELS: Record<SccifKey, string> = {
  experiencesAndProgress: SCCIF_TITLES.experiences,
  helpedAndProtected: SCCIF_TITLES.protection,
  leadersAndManagers: SCCIF_TITLES.leadership,
};

const linkSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('indicator'), key: z.string().min(1).max(80) }),
    z.strictObject({ kind: z.literal('domain'), key: z.string().min(1).max(80) }),
    z.strictObject({ kind: z.literal('sccif'), key: z.enum(SCCIF_KEYS) }),
  ])
  .nullable();
export type ActionLink = z.output<typeof linkSchema>;

/** Where an action came from, when it came from a stored record. */
const originSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('review'), id }),
    z.strictObject({ kind: z.literal('reg44'), id }),
    z.strictObject({ kind: z.literal('ofsted'), id }),
  ])
  .nullable()
  .optional();

const actionFields = {
  title: text('what is to be done'),
  link: linkSchema,
  owner: personName('The owner'),
  dueOn: homeDate('the date it is due'),
  source: z.enum(ACTION_SOURCES, { error: 'Choose where the action came from' }),
};

export const createActionInput = z.strictObject({
  homeId: id,
  ...actionFields,
  origin: originSchema,
  byName: personName('Your name').optional(),
});
export const updateActionInput = z.strictObject({ id, ...actionFields });

export const setActionStatusInput = z
  .strictObject({
    id,
    status: z.enum(ACTION_STATUSES, { error: 'Choose a status' }),
    completedOn: homeDate('the date it was done').optional(),
    evidence: text('the evidence it was done', false).optional(),
    reason: text('the reason', false).optional(),
    byName: personName('Your name'),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'done' && !v.completedOn) {
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'Enter the date the action was done' });
    }
    if (v.status === 'done' && !v.evidence?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'Enter the evidence that it was done' });
    }
    if (v.status === 'dropped' && !v.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter why the action was dropped' });
    }
  });

export const addActionNoteInput = z.strictObject({
  id,
  notedOn: homeDate('the date of the note'),
  text: text('the progress note'),
  byName: personName('Your name'),
});

export interface ActionEvent {
  status: ActionStatus;
  byName: string;
  note: string;
  at: string;
}

export interface ActionNote {
  notedOn: string;
  byName: string;
  text: string;
}

export interface ActionItem {
  id: number;
  homeId: number;
  title: string;
  link: ActionLink;
  /** A readable name for the link ("2.3 Shifts covered mainly by own staff"), or null. */
  linkLabel: string | null;
  /** The framework domain the action belongs to, for filtering; null when none. */
  domainKey: string | null;
  owner: string;
  dueOn: string;
  status: ActionStatus;
  completedOn: string | null;
  evidence: string;
  dropReason: string;
  source: ActionSource;
  origin: { kind: 'review' | 'reg44' | 'ofsted'; id: number } | null;
  overdue: boolean;
  events: ActionEvent[];
  notes: ActionNote[];
  createdAt: string;
}
