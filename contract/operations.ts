import { z } from 'zod';
import {
  backupFolderInput,
  backupName,
  type BackupsOverview,
  type BackupSummary,
  type RestoreOutcome,
} from './backups';
import type { DashboardData, ProviderHome } from './dashboard';
import type { Framework } from './framework';
import type { TeamAgreement } from './team-agreement';
import type { QuarterNumbering } from './quarters';
import type { operationNames } from './operation-names';
import { homeFields, type Home } from './home';
import {
  deleteHomeInput,
  importHomeInput,
  importPreviewInput,
  type DeleteOutcome,
  type ExportedHome,
  type ImportOutcome,
  type ImportPreview,
} from './home-file';
import {
  addCustomIndicatorInput,
  completeReviewInput,
  id,
  quarter,
  reopenReviewInput,
  saveDomainInput,
  saveJudgementInput,
  saveIndicatorInput,
  saveSummaryInput,
  type CustomIndicator,
  type ReviewDetail,
  type ReviewSummary,
  type SaveReceipt,
} from './review';
import type { RecordFact } from './records-say';
import {
  addActionNoteInput,
  createActionInput,
  setActionStatusInput,
  updateActionInput,
  type ActionItem,
} from './actions';
import {
  recordAppraisalInput,
  removeQualificationInput,
  saveDutyInput,
  saveQualificationInput,
  type DutiesOverview,
} from './duties';
import {
  saveInspectionInput,
  saveInspectionItemInput,
  saveReg44RecommendationInput,
  saveReg44VisitInput,
  saveReg45RecordInput,
  type InspectionsOverview,
  type Reg44Overview,
  type Reg45Record,
} from './records';
import { saveStaffInput, type StaffMember } from './team';
import {
  agreeRatingInput,
  meetingSettingsInput,
  recordMeetingInput,
  saveAgendaInput,
  type MeetingHeld,
  type MeetingSettings,
  type TeamMeeting,
} from './team-meeting';
import {
  closeRoundInput,
  openRoundInput,
  submitSheetInput,
  type RatingSheet,
  type TeamRound,
} from './team-rating';
import {
  retireQuestionInput,
  saveAnswerInput,
  saveFeedbackInput,
  deleteFeedbackInput,
  savePaperSurveyInput,
  saveQuestionInput,
  saveVoiceSettingsInput,
  saveYouSaidInput,
  startSessionInput,
  type Feedback,
  type StartedSession,
  type Triangulation,
  type VoiceComment,
  type VoiceQuestion,
  type VoiceResults,
  type VoiceSettings,
  type YouSaid,
} from './voice';
import {
  enterLockInput,
  exitLockInput,
  setPinInput,
  type LockStatus,
  type PinStatus,
  type WhileLocked,
} from './locked-mode';
import { reg45DraftInput, saveReg45DraftInput, signReg45DraftInput, type Reg45Draft } from './reg45-draft';
import { acknowledgeAlertInput, recordReg45Input, saveMetricsInput, type QuarterMetrics } from './tracking';

/**
 * Every operation the UI may ask for, with the schema its input must pass and the type of its result.
 * Electron's main process and the browser-mode server both register handlers from this list; the
 * preload bridge and the renderer's client only accept these names. Nothing else crosses.
 */
const op =
  <Result>() =>
  <Input extends z.ZodType>(input: Input, whileLocked: WhileLocked = 'refused') => ({
    input,
    /** Whether the operation runs while the app is in locked mode (see contract/locked-mode.ts). */
    whileLocked,
    result: undefined as unknown as Result,
  });

const none = z.strictObject({});

export interface AppInfo {
  version: string;
  databasePath: string;
  /** "wal" normally; anything else means the folder cannot share memory (network or cloud drive). */
  journalMode: string;
  currentHomeId: number | null;
  /** The framework version new reviews use. */
  frameworkVersion: number;
  /** Whether, and how, quarter numbers are shown beside the months. */
  quarterNumbering: QuarterNumbering;
}

/** Everything the first screen needs, in one call, so start-up is one round trip rather than a chain. */
export interface StartupData {
  info: AppInfo;
  homes: Home[];
  /** The current home's dashboard; null when there is no home yet. */
  dashboard: DashboardData | null;
}

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

/** A save that created or changed one record: its id, and the list it belongs to. */
export interface Saved<T> {
  savedId: number;
  value: T;
}

export const operations = {
  'app.info': op<AppInfo>()(none),
  'app.start': op<StartupData>()(none),
  'reports.inspectionPack': op<InspectionPackData>()(z.strictObject({ homeId: id })),
  'homes.list': op<Home[]>()(none),
  'homes.get': op<Home>()(z.strictObject({ id })),
  'homes.create': op<Home>()(homeFields),
  'homes.update': op<Home>()(z.strictObject({ id, ...homeFields.shape })),
  'homes.select': op<AppInfo>()(z.strictObject({ id })),
  'homes.export': op<ExportedHome>()(z.strictObject({ id })),
  'homes.importPreview': op<ImportPreview>()(importPreviewInput),
  'homes.import': op<ImportOutcome>()(importHomeInput),
  'homes.delete': op<DeleteOutcome>()(deleteHomeInput),
  'settings.quarterNumbering': op<AppInfo>()(
    z.strictObject({
      numbering: z.enum(['none', 'calendar', 'financial'], { error: 'Choose how quarters are numbered' }),
    }),
  ),
  'framework.get': op<Framework>()(z.strictObject({ version: z.number().int().positive() })),
  'reviews.list': op<ReviewSummary[]>()(z.strictObject({ homeId: id })),
  'reviews.get': op<ReviewDetail>()(z.strictObject({ id })),
  'reviews.start': op<ReviewDetail>()(z.strictObject({ homeId: id, quarter })),
  'reviews.saveIndicator': op<SaveReceipt>()(saveIndicatorInput),
  'reviews.saveDomain': op<SaveReceipt>()(saveDomainInput),
  'reviews.saveSummary': op<SaveReceipt>()(saveSummaryInput),
  'reviews.saveJudgement': op<SaveReceipt>()(saveJudgementInput),
  'reviews.setPosition': op<SaveReceipt>()(
    z.strictObject({
      reviewId: id,
      domainKey: z.string().max(80),
      indicatorKey: z.string().max(80).nullable(),
    }),
  ),
  'reviews.records': op<{ facts: RecordFact[] }>()(z.strictObject({ reviewId: id })),
  'reviews.complete': op<ReviewDetail>()(completeReviewInput),
  'reviews.reopen': op<ReviewDetail>()(reopenReviewInput),
  'customIndicators.list': op<CustomIndicator[]>()(z.strictObject({ homeId: id })),
  'customIndicators.add': op<CustomIndicator>()(addCustomIndicatorInput),
  'demo.create': op<Home>()(none),
  'dashboard.get': op<DashboardData>()(z.strictObject({ homeId: id })),
  'provider.overview': op<ProviderHome[]>()(none),
  'alerts.acknowledge': op<SaveReceipt>()(acknowledgeAlertInput),
  'metrics.get': op<QuarterMetrics | null>()(z.strictObject({ homeId: id, quarter })),
  'metrics.save': op<QuarterMetrics>()(saveMetricsInput),
  'reg45.record': op<string[]>()(recordReg45Input),
  'backups.list': op<BackupsOverview>()(none),
  'backups.create': op<BackupSummary>()(none),
  'backups.restore': op<RestoreOutcome>()(z.strictObject({ name: backupName })),
  'backups.undoRestore': op<RestoreOutcome>()(none),
  'backups.setFolder': op<BackupsOverview>()(backupFolderInput),
  'app.today': op<string>()(none),
  'actions.list': op<ActionItem[]>()(z.strictObject({ homeId: id })),
  'actions.create': op<ActionItem>()(createActionInput),
  'actions.update': op<ActionItem>()(updateActionInput),
  'actions.setStatus': op<ActionItem>()(setActionStatusInput),
  'actions.addNote': op<ActionItem>()(addActionNoteInput),
  'reg44.overview': op<Reg44Overview>()(z.strictObject({ homeId: id })),
  'reg44.saveVisit': op<Saved<Reg44Overview>>()(saveReg44VisitInput),
  'reg44.saveRecommendation': op<Reg44Overview>()(saveReg44RecommendationInput),
  'reg45.records': op<Reg45Record[]>()(z.strictObject({ homeId: id })),
  'reg45.save': op<Reg45Record[]>()(saveReg45RecordInput),
  'reg45Draft.get': op<Reg45Draft>()(reg45DraftInput),
  'reg45Draft.list': op<Reg45Draft[]>()(z.strictObject({ homeId: id })),
  'reg45Draft.save': op<Reg45Draft>()(saveReg45DraftInput),
  'reg45Draft.sign': op<Reg45Draft>()(signReg45DraftInput),
  'reg45Draft.unsign': op<Reg45Draft>()(reg45DraftInput),
  'ofsted.overview': op<InspectionsOverview>()(z.strictObject({ homeId: id })),
  'ofsted.saveInspection': op<Saved<InspectionsOverview>>()(saveInspectionInput),
  'ofsted.saveItem': op<InspectionsOverview>()(saveInspectionItemInput),
  'duties.overview': op<DutiesOverview>()(z.strictObject({ homeId: id })),
  'duties.save': op<DutiesOverview>()(saveDutyInput),
  'qualifications.save': op<DutiesOverview>()(saveQualificationInput),
  'qualifications.remove': op<DutiesOverview>()(removeQualificationInput),
  'appraisals.record': op<DutiesOverview>()(recordAppraisalInput),
  'voice.questions': op<VoiceQuestion[]>()(z.strictObject({ homeId: id })),
  'voice.saveQuestion': op<Saved<VoiceQuestion[]>>()(saveQuestionInput),
  'voice.retireQuestion': op<VoiceQuestion[]>()(retireQuestionInput),
  'voice.startSession': op<StartedSession>()(startSessionInput, ['voice']),
  'voice.saveAnswer': op<{ saved: true }>()(saveAnswerInput, ['voice']),
  'voice.savePaperSurvey': op<{ savedId: number }>()(savePaperSurveyInput),
  'voice.results': op<VoiceResults>()(z.strictObject({ homeId: id })),
  'voice.comments': op<VoiceComment[]>()(z.strictObject({ homeId: id })),
  'voice.saveSettings': op<VoiceSettings>()(saveVoiceSettingsInput),
  'voice.feedback': op<Feedback[]>()(z.strictObject({ homeId: id })),
  'voice.saveFeedback': op<Saved<Feedback[]>>()(saveFeedbackInput),
  'voice.deleteFeedback': op<Feedback[]>()(deleteFeedbackInput),
  // Survey mode ends with "You said, we did".
  'voice.youSaid': op<YouSaid[]>()(z.strictObject({ homeId: id }), ['voice']),
  'voice.saveYouSaid': op<Saved<YouSaid[]>>()(saveYouSaidInput),
  'voice.triangulation': op<Triangulation>()(z.strictObject({ homeId: id, quarter: quarter.optional() })),
  'staff.list': op<StaffMember[]>()(z.strictObject({ homeId: id })),
  'staff.save': op<StaffMember[]>()(saveStaffInput),
  'pin.status': op<PinStatus>()(none),
  'pin.set': op<PinStatus>()(setPinInput),
  'lock.status': op<LockStatus | null>()(none, 'always'),
  'lock.enter': op<LockStatus>()(enterLockInput),
  'lock.exit': op<null>()(exitLockInput, 'always'),
  'teamRound.get': op<TeamRound | null>()(z.strictObject({ reviewId: id })),
  'teamRound.open': op<TeamRound>()(openRoundInput),
  'teamRound.close': op<TeamRound>()(closeRoundInput),
  'rating.sheet': op<RatingSheet>()(z.strictObject({ roundId: id }), ['rating']),
  'rating.submit': op<{ finished: true }>()(submitSheetInput, ['rating']),
  'meeting.get': op<TeamMeeting>()(z.strictObject({ reviewId: id })),
  'meeting.saveAgenda': op<TeamMeeting>()(saveAgendaInput),
  'meeting.saveSettings': op<MeetingSettings>()(meetingSettingsInput),
  'meeting.agree': op<TeamMeeting>()(agreeRatingInput),
  'meeting.record': op<TeamMeeting>()(recordMeetingInput),
  'meeting.agreement': op<TeamAgreement>()(z.strictObject({ homeId: id })),
  /** Every review's team meeting, oldest quarter first: what meeting.get gives, for the spreadsheets. */
  'meeting.list': op<TeamMeeting[]>()(z.strictObject({ homeId: id })),
  /** Each review with the day its team meeting was held, or null: for the Team meetings list. */
  'meeting.held': op<MeetingHeld[]>()(z.strictObject({ homeId: id })),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller sends. */
export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type ResultOf<K extends OperationName> = Operations[K]['result'];

/** Whether `name` may run while the app is locked in `mode`. */
export function allowedWhileLocked(name: OperationName, mode: string): boolean {
  const rule: WhileLocked = operations[name].whileLocked;
  return rule === 'always' || (rule !== 'refused' && (rule as readonly string[]).includes(mode));
}

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}

/** The store answers synchronously (better-sqlite3); transports await the result either way. */
export type Handlers = {
  [K in OperationName]: (input: ParsedInputOf<K>) => ResultOf<K>;
};

type ListedName = (typeof operationNames)[number];
/** Compile-time check that operation-names.ts names exactly these operations. */
export const namesMatch: [Exclude<OperationName, ListedName>, Exclude<ListedName, OperationName>] extends [
  never,
  never,
]
  ? true
  : never = true;
