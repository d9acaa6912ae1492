import { z } from 'zod';
import { id } from '../review';
import { saveStaffInput, type StaffMember } from '../team';
import type { TeamAgreement } from '../team-agreement';
import {
  agreeRatingInput,
  itemNoteInput,
  meetingSettingsInput,
  recordMeetingInput,
  saveAgendaInput,
  type MeetingHeld,
  type MeetingSettings,
  type TeamMeeting,
} from '../team-meeting';
import {
  closeRoundInput,
  openRoundInput,
  submitSheetInput,
  type RatingSheet,
  type TeamRound,
} from '../team-rating';
import { read, write } from './op';

/** The team: staff, rating rounds (private rating runs in locked mode) and team meetings. */
export const teamOperations = {
  'staff.list': read<StaffMember[]>()(z.strictObject({ homeId: id })),
  'staff.save': write<StaffMember[]>()(saveStaffInput),
  'teamRound.get': read<TeamRound | null>()(z.strictObject({ reviewId: id })),
  'teamRound.open': write<TeamRound>()(openRoundInput),
  'teamRound.close': write<TeamRound>()(closeRoundInput),
  'rating.sheet': read<RatingSheet>()(z.strictObject({ roundId: id }), ['rating']),
  'rating.submit': write<{ finished: true }>()(submitSheetInput, ['rating']),
  'meeting.get': read<TeamMeeting>()(z.strictObject({ reviewId: id })),
  'meeting.saveAgenda': write<TeamMeeting>()(saveAgendaInput),
  'meeting.saveSettings': write<MeetingSettings>()(meetingSettingsInput),
  'meeting.agree': write<TeamMeeting>()(agreeRatingInput),
  'meeting.record': write<TeamMeeting>()(recordMeetingInput),
  /** A note on one agenda item, added ones included. */
  'meeting.itemNote': write<TeamMeeting>()(itemNoteInput),
  'meeting.agreement': read<TeamAgreement>()(z.strictObject({ homeId: id })),
  /** Every review's team meeting, oldest quarter first: what meeting.get gives, for the spreadsheets. */
  'meeting.list': read<TeamMeeting[]>()(z.strictObject({ homeId: id })),
  /** Each review with the day its team meeting was held, or null: for the Team meetings list. */
  'meeting.held': read<MeetingHeld[]>()(z.strictObject({ homeId: id })),
} as const;
