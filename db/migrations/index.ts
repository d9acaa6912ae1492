import homes from './0001_homes.sql';
import reviews from './0002_reviews.sql';
import tracking from './0003_tracking.sql';
import actions from './0004_actions.sql';
import sccifJudgements from './0005_sccif_judgements.sql';
import figuresV2 from './0006_figures_v2.sql';
import strictTables from './0007_strict_tables.sql';
import team from './0008_team.sql';
import voice from './0009_voice.sql';
import reg45Drafts from './0010_reg45_drafts.sql';
import anonymousSheets from './0011_anonymous_sheets.sql';
import staffCompliance from './0012_staff_compliance.sql';
import roundEnded from './0013_round_ended.sql';
import homeMeetingSettings from './0014_home_meeting_settings.sql';
import unorderedSheets from './0015_unordered_sheets.sql';
import indicatorRecordsReason from './0016_indicator_records_reason.sql';
import checkedSame from './0017_review45_checked_same.sql';
import recordsNotificationsLog from './0018_records_notifications_log.sql';
import homeProvider from './0019_reports_home_provider.sql';
import hubOutbox from './0020_hub_outbox.sql';
import meetingItemNotes from './0021_meetings_item_notes.sql';
import v3Framework from './0022_v3_framework.sql';
import staffRoomSummary from './0023_reports3_staff_room_summary.sql';
import hubNotesAndPhones from './0024_hub2_hub_notes_and_phones.sql';
import reg45PeriodReason from './0025_reg45s_sign_off_period_reason.sql';
import reg45DraftMonths from './0026_reg45m_draft_months.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every schema step, in order; each one's version is the `user_version` the database has after it. */
export const migrations: Migration[] = [
  { version: 1, name: 'homes', sql: homes },
  { version: 2, name: 'reviews', sql: reviews },
  { version: 3, name: 'tracking', sql: tracking },
  { version: 4, name: 'actions', sql: actions },
  { version: 5, name: 'sccif-judgements', sql: sccifJudgements },
  { version: 6, name: 'figures-v2', sql: figuresV2 },
  { version: 7, name: 'strict-tables', sql: strictTables },
  { version: 8, name: 'team', sql: team },
  { version: 9, name: 'voice', sql: voice },
  { version: 10, name: 'reg45-drafts', sql: reg45Drafts },
  { version: 11, name: 'anonymous-sheets', sql: anonymousSheets },
  { version: 12, name: 'staff-compliance', sql: staffCompliance },
  { version: 13, name: 'round-ended', sql: roundEnded },
  { version: 14, name: 'home-meeting-settings', sql: homeMeetingSettings },
  { version: 15, name: 'unordered-sheets', sql: unorderedSheets },
  { version: 16, name: 'indicator-records-reason', sql: indicatorRecordsReason },
  { version: 17, name: 'checked-same', sql: checkedSame },
  { version: 18, name: 'records-notifications-log', sql: recordsNotificationsLog },
  { version: 19, name: 'home-provider', sql: homeProvider },
  { version: 20, name: 'hub-outbox', sql: hubOutbox },
  { version: 21, name: 'meetings-item-notes', sql: meetingItemNotes },
  { version: 22, name: 'v3-framework', sql: v3Framework },
  { version: 23, name: 'staff-room-summary', sql: staffRoomSummary },
  { version: 24, name: 'hub-notes-and-phones', sql: hubNotesAndPhones },
  { version: 25, name: 'reg45-sign-off-period-reason', sql: reg45PeriodReason },
  { version: 26, name: 'reg45-draft-months', sql: reg45DraftMonths },
];
