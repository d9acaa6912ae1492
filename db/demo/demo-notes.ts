import type { Grade, Rating } from '../../contract/framework';
import { ratingLabel } from '../../contract/rules/judgements';
import { notes1to2 } from './demo-notes-1-2';
import { notes3to4 } from './demo-notes-3-4';
import { notes5to8 } from './demo-notes-5-8';
import { extraNotesV2, notesV2 } from './demo-notes-v2';
import type { Eight } from './demo-story';

/** The sample home's words: evidence notes, reasons for judgements and the quarterly summaries. */
export interface IndicatorWording {
  /** Evidence source keys that fit this indicator; each quarter uses one to three of them. */
  sources: readonly string[];
  /** Notes by rating, in story order: each recurrence of a rating takes the next note (then cycles). */
  notes: Partial<Record<Rating, readonly string[]>>;
}

const earlier: Record<string, IndicatorWording> = { ...notes1to2, ...notes3to4, ...notes5to8 };

export const indicatorWording: Record<string, IndicatorWording> = {
  ...Object.fromEntries(
    Object.entries(earlier).map(([key, w]) => [key, { ...w, notes: { ...w.notes, ...extraNotesV2[key] } }]),
  ),
  // Reworded in version 2 with the same story: the version 1 notes still fit.
  'rel.behaviour-progress': earlier['rel.behaviour']!,
  ...notesV2,
};

/** For an indicator the story does not know (a later framework version): plain, honest wording. */
export const FALLBACK_NOTES: Record<Rating, string> = {
  4: 'Evidence this quarter shows this is consistently strong, and the children say so themselves.',
  3: 'Evidence this quarter shows this is in place and working well.',
  2: 'This happens, but not consistently yet; the team has agreed what needs to change.',
  1: 'This is not happening well enough, and it is the first thing we are putting right.',
  0: 'There is not enough evidence yet to rate this; we will gather it over the next quarter.',
};
export const FALLBACK_SOURCES = ['quarterly-figures'] as const;

/**
 * The first sentence of each domain's reason, by grade. Where a list is given, each recurrence of the grade
 * takes the next entry and the last one repeats; other grades use the framework's own description.
 */
export const domainReasons: Record<string, Partial<Record<Grade, string | readonly string[]>>> = {
  leadership: {
    3: [
      'Clear direction and a manager who is around across the week; staff and children know what the home is for.',
      'Clear direction and a manager who is around across the week; staff and children know what the home is for.',
      'Clear direction, and the manager has kept the team steady while handing over to her successor.',
      'The home has a clear direction again: I am around across the week, and the team plans improvements with me.',
    ],
    2: 'I am still settling in as manager: I have been seen on too few shifts, and newer staff are unsure what the home is trying to achieve.',
  },
  staffing: {
    3: [
      'Turnover and agency use are under control, and the children keep familiar adults around them.',
      'Turnover and agency use are under control, and the children keep familiar adults around them.',
      'Turnover and agency use are under control, though the change of manager at the end of the quarter is a risk we are planning for.',
      'Turnover and agency use are back under control now the new starters have settled, and the children have familiar adults around them again.',
    ],
    2: [
      'Leavers around the change of manager meant much more agency cover, and the children noticed the new faces.',
      'New permanent staff have started, but weekend agency cover is still high and two children had to change keyworker.',
    ],
  },
  voice: {
    3: 'Children are asked for their views as a matter of routine, and what they say is acted on.',
    4: 'The children can name many decisions they have changed, including M, and they expect to be asked.',
  },
  aspirations: {
    3: 'Each child has clear goals and is making steady progress, and their needs are met promptly.',
  },
  education: {
    2: 'Attendance gaps and suspensions for one young person, and a young person over 16 out of education or training.',
    3: 'Attendance is high, PEPs are current and staff work closely with schools.',
    4: "Attendance and progress are well above the children's starting points, and learning is part of everyday life.",
  },
  workforce: {
    3: 'Staff are recruited for their values, inducted properly, supervised and trained, and any slippage is caught up quickly.',
  },
  relationships: {
    3: 'Children have secure relationships with staff, behaviour is handled in a relational way and moves are planned.',
  },
  safety: {
    3: 'Risks are assessed and managed, safeguarding procedures are followed, and monitoring leads to timely action.',
  },
};

/** The second sentence of a domain's reason: how it moved since the last quarter (none the first time). */
export function movementSentence(previous: Grade | null, current: Grade): string {
  if (previous === null) return '';
  if (current > previous) return `Improved from ${ratingLabel(previous)} last quarter.`;
  if (current < previous) return `Declined from ${ratingLabel(previous)} last quarter.`;
  return 'Sustained since last quarter.';
}

export interface QuarterSummary {
  strengths: string;
  improvements: string;
  /** Written for the staff-room wall: about the home, naming no child. */
  staffRoom: string;
}

/** Strengths and areas to improve, quarter by quarter, as the two managers wrote them. */
export const summaries: Eight<QuarterSummary> = [
  {
    strengths:
      'A settled, experienced team and a visible manager give the children stability, and every child has kept the same keyworker. Safeguarding is sound, with missing episodes followed up promptly.',
    improvements:
      "Education is the priority: one young person's attendance and suspensions, and a 16-year-old out of education or training. We also need to collect children's feedback in a planned way and record what we learn from incidents.",
    staffRoom:
      'Thank you for keeping things steady: every child has kept the same keyworker, and missing episodes were followed up promptly. This quarter we focus on school attendance and on asking the children what they think, in a planned way.',
  },
  {
    strengths:
      "Keyworker relationships are a real strength, and children's meetings are changing decisions about the home. An allegation was handled correctly and quickly.",
    improvements:
      'Education remains the priority, with one young person on a reduced timetable and another still not in education or training. We must chase health referrals sooner and keep independence checklists up to date.',
    staffRoom:
      "Your keyworker relationships are a real strength, and the children's meetings are changing how the home runs. Next: chasing health referrals sooner and keeping independence checklists up to date.",
  },
  {
    strengths:
      "Education is improving: a managed move has given one young person a fresh start, with good attendance. Children's feedback is now collected and analysed every quarter.",
    improvements:
      'The change of manager at the end of the quarter is the main risk, and a handover plan is in place. Lapsed training must be caught up, and one care post needs filling.',
    staffRoom:
      "Education is improving and the children's feedback is now collected every quarter. A new manager starts soon: the handover plan is on the office board. Please book any lapsed training.",
  },
  {
    strengths:
      'Safeguarding stayed strong through the change of manager, and three of the four children kept their keyworkers. Education continues to improve, with every child in a suitable place.',
    improvements:
      'Staffing continuity has dipped: two leavers and heavy agency use mean the children see unfamiliar faces. I need to be more visible across shifts, restart team meetings and bring supervision and Reg 44 actions back on track.',
    staffRoom:
      'Safeguarding stayed strong through the change of manager. Team meetings restart this quarter, and supervision and Reg 44 actions are being brought back on track.',
  },
  {
    strengths:
      'Three new permanent staff were recruited for their values, with the children on the interview panels, and leadership is back to Good. T moved on to supported lodgings in a well-planned way.',
    improvements:
      'Staffing continuity is still below Good: weekend agency cover remains high and two children changed keyworker. Incidents rose, so de-escalation refreshers and timely debriefs are the focus.',
    staffRoom:
      'Welcome to our three new colleagues, chosen with the children on the interview panels. Leadership is back to Good. Our focus: de-escalation refreshers and debriefs after every incident.',
  },
  {
    strengths:
      "Staffing continuity is back to Good as the new starters settle and agency use falls. R was welcomed in a planned way, and children's meetings now shape real decisions.",
    improvements:
      'Weekend nights still rely on agency cover. We want to build on the progress in education and develop staff for senior roles.',
    staffRoom:
      "Staffing continuity is back to Good: thank you for settling in the new starters. The children's meetings now shape real decisions. Next: less agency cover at weekends and developing senior roles.",
  },
  {
    strengths:
      "Education and children's voice are now outstanding: attendance is high and the children can name the decisions they have changed. Staff continuity has been restored.",
    improvements:
      'Children were not kept safe enough this quarter: K was missing from care twice without a return-home interview offered in time, and an exploitation concern was shared late. How well children and young people are helped and protected is Inadequate, so the overall experiences and progress of children and young people is Inadequate. The missing protocol, risk reviews and our own monitoring come first.',
    staffRoom:
      "Education and the children's voice are outstanding. Keeping children safe was not good enough this quarter: the new missing protocol, return-home interviews on time and sharing concerns the same day come first for all of us.",
  },
  {
    strengths:
      "Education and children's voice have stayed outstanding, and relationships between the children and staff are strong and lasting. The new missing protocol means return-home interviews are requested the same day.",
    improvements:
      "How well children and young people are helped and protected is still below Good until the new missing protocol has been tested. To move other areas towards Outstanding we need to keep agency use low and grow more leaders within the team. Planning for J's move at 18 must stay on track.",
    staffRoom:
      "Education and the children's voice have stayed outstanding, and relationships between children and staff are strong. Return-home interviews are now requested the same day. Keep using the missing protocol and keep agency use low.",
  },
];
