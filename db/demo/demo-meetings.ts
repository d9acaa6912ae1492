import type { Rating } from '../../contract/framework';
import type { Handlers as AllHandlers } from '../../contract/operations';
import { quarterDates } from '../../contract/rules/quarters';
import { addDays, todayIso } from '../../contract/rules/dates';
import { demoQuarters, seeded, signOffDate } from './demo-home';
import { inspectionDate } from './demo-improvement';
import { DEPUTY, ensureDemoStaff } from './demo-staff';
import { SECOND_MANAGER, SIGN_OFF_DAYS } from './demo-story';

/** The data operations; backups are bound by the store and not needed here. */
type Handlers = Omit<AllHandlers, `backups.${string}`>;

const MANAGER = SECOND_MANAGER;

/** One private rating sheet: on screen with a name, on screen anonymously (null), or from paper. */
type Rater = string | null | 'paper';

interface SampleMeeting {
  raters: Rater[];
  attendees: string[];
  notes: string;
  /** The team's ratings, one per sheet, where they part from the manager's: the spreads worth discussing. */
  spreads: Record<string, Rating[]>;
  agreed: { key: string; rating: Rating; reasoning: string }[];
  action: { title: string; key: string; owner: string; done?: string };
}

/**
 * The team meetings of the story's last three quarters (indexes 5 to 7, all framework version 2). Each
 * has one possible blind spot (the manager above the team), one or two wide spreads, and the ratings the
 * team agreed. The latest blind spot is left for sign-off, so meeting mode still flags it. Ellie Morgan
 * joined after the first of these meetings.
 */
export const SAMPLE_MEETINGS: Record<number, SampleMeeting> = {
  5: {
    raters: [DEPUTY, 'Amira Hussain', 'Grace Lee', null, 'paper'],
    attendees: [MANAGER, DEPUTY, 'Amira Hussain', 'Chris Lowe', 'Grace Lee', 'Tom Baker'],
    notes:
      'First meeting with private rating beforehand. Agency cover split the team: day staff see familiar faces on most shifts, but nights still rely on agency at weekends, which is where the low ratings came from. On recruitment the team felt two good appointments do not yet make it Outstanding. Tom to bring the night staff’s views to the next meeting.',
    // Staffing splits the team as a whole (Mixed on the dashboard): one rater a grade below the manager on
    // most of it, another a grade above, though only agency cover spreads widely on its own.
    spreads: {
      'staff.turnover': [2, 3, 3, 3, 3],
      'staff.own-cover': [1, 2, 4, 3, 2],
      'staff.keyworker': [3, 3, 4, 3, 3],
      'staff.vacancies': [2, 3, 3, 3, 3],
      'staff.routines': [3, 3, 4, 3, 3],
      'work.recruit': [3, 3, 4, 3, 2],
    },
    agreed: [
      {
        key: 'work.recruit',
        rating: 3,
        reasoning:
          'Checks are thorough and the children sit on every panel, but one post has been vacant since the summer. Good until it is filled.',
      },
      {
        key: 'staff.own-cover',
        rating: 2,
        reasoning:
          'Days are covered by our own staff, but weekend nights still depend on agency workers the children do not know.',
      },
    ],
    action: {
      title: 'Pair each new bank worker with a key worker for their first three shifts',
      key: 'staff.own-cover',
      owner: 'Amira Hussain',
      done: 'Three bank workers paired; shift notes show each worked alongside a key worker.',
    },
  },
  6: {
    raters: [DEPUTY, 'Chris Lowe', 'Dan Okafor', 'Ellie Morgan', 'paper', 'paper'],
    attendees: [MANAGER, DEPUTY, 'Chris Lowe', 'Dan Okafor', 'Ellie Morgan', 'Tom Baker', 'Amira Hussain'],
    notes:
      'Most of the meeting went on K’s two missing episodes. Two of the team had not heard that the return-home interview was late, which explains the spread on missing from care. Night staff said they see Priya at handover but rarely on shift. Sam to take the team through the rewritten missing protocol at handovers.',
    spreads: {
      'safe.missing-from-care': [1, 2, 1, 3, 1, 2],
      'safe.risks': [2, 3, 2, 4, 2, 1],
      'lead.visible': [3, 3, 2, 3, 4, 3],
    },
    agreed: [
      {
        key: 'safe.missing-from-care',
        rating: 1,
        reasoning:
          'The return-home interview was not offered in time after either episode, and the concern was not shared for a week. Everyone agreed this is Inadequate.',
      },
      {
        key: 'lead.visible',
        rating: 3,
        reasoning:
          'Days and evenings, yes; nights, not since the on-call rota changed. Good until Priya is back on a night shift each month.',
      },
    ],
    action: {
      title: 'Go through the rewritten missing protocol at every handover until all staff have heard it',
      key: 'safe.missing-from-care',
      owner: DEPUTY,
      done: 'Handover log signed by every member of staff, nights included.',
    },
  },
  7: {
    raters: ['Amira Hussain', 'Grace Lee', null, 'paper'],
    attendees: [MANAGER, 'Amira Hussain', 'Grace Lee', 'Dan Okafor', 'Tom Baker'],
    notes:
      'The team was close on most indicators this time. Nobody would call the trends Outstanding while the new missing protocol is untested: Priya to share the quarterly figures with the team and decide at sign-off. Two people rated the house lower because the lounge is still waiting for new flooring; the children’s own view won.',
    spreads: {
      'safe.trends': [3, 3, 4, 3],
      'asp.homely': [2, 4, 4, 4],
      'safe.missing-from-care': [2, 2, 2, 2],
    },
    agreed: [
      {
        key: 'asp.homely',
        rating: 4,
        reasoning:
          'The children call it their home and chose how their rooms look. The flooring is booked and does not change that.',
      },
      {
        key: 'safe.missing-from-care',
        rating: 2,
        reasoning:
          'No episodes this quarter and the protocol is rewritten, but it has not been tested yet. Requires improvement until it has.',
      },
    ],
    action: {
      title: 'Practise the missing protocol on a night shift, with the on-call manager',
      key: 'safe.missing-from-care',
      owner: 'Tom Baker',
    },
  },
};

/** The meeting's date: a few days after the quarter ends, before the review's sign-off. */
export function meetingDate(quarter: string, index: number, now: Date): string {
  const signedOn = signOffDate(quarter, index, now);
  const held = addDays(quarterDates(quarter).end, Math.max(1, (SIGN_OFF_DAYS[index] ?? 7) - 2));
  return held < signedOn ? held : signedOn;
}

/** What the minutes of the first meeting after the Ofsted inspection add: the team heard what it found. */
export const INSPECTION_MINUTES =
  'We went through the Ofsted inspection: both requirements (supervision at the frequency our policy sets, and risk assessments updated after every missing episode) are on the action plan with an owner and a date, and the recommendation on children’s meeting minutes starts at the next children’s meeting.';

/** The index of the first sample meeting held after the inspection, if any is. */
function firstMeetingAfterInspection(now: Date): number | undefined {
  const inspectedOn = inspectionDate(todayIso(now));
  const quarters = demoQuarters(now);
  return Object.keys(SAMPLE_MEETINGS)
    .map(Number)
    .sort((a, b) => a - b)
    .find((i) => meetingDate(quarters[i]!, i, now) > inspectedOn);
}

/** A rater's rating: the manager's, or one grade either side for one rater on about half the indicators. */
function teamRatings(manager: Rating, count: number, key: string): Rating[] {
  const random = seeded(`meeting:${key}`);
  const ratings: Rating[] = Array.from({ length: count }, () => manager);
  if (random() < 0.5) {
    const who = Math.floor(random() * count);
    const step = random() < 0.5 ? -1 : 1;
    const moved = manager + step >= 1 && manager + step <= 4 ? manager + step : manager - step;
    ratings[who] = random() < 0.08 ? 0 : (moved as Rating);
  }
  return ratings;
}

/**
 * The quarter's team meeting, while its review is a draft: the team rates in private (some on paper),
 * agrees two ratings, records the meeting and adds an action with "team meeting" as its source.
 */
export function addDemoMeeting(
  handlers: Handlers,
  homeId: number,
  reviewId: number,
  index: number,
  now: Date,
) {
  const plan = SAMPLE_MEETINGS[index];
  if (!plan) return;
  const staff = ensureDemoStaff(handlers, homeId, todayIso(now));
  const review = handlers['reviews.get']({ id: reviewId });
  const round = handlers['teamRound.open']({ reviewId, domainKeys: [] });
  const byRater = review.indicators.map(
    (i) =>
      [
        i.key,
        plan.spreads[i.key] ?? teamRatings(i.rating ?? 3, plan.raters.length, `${index}:${i.key}`),
      ] as const,
  );
  plan.raters.forEach((rater, n) => {
    handlers['rating.submit']({
      roundId: round.id,
      staffId: rater && rater !== 'paper' ? staff.get(rater)! : null,
      fromPaper: rater === 'paper',
      ratings: byRater.map(([indicatorKey, ratings]) => ({ indicatorKey, rating: ratings[n]! })),
    });
  });
  for (const agreed of plan.agreed) {
    handlers['meeting.agree']({
      reviewId,
      indicatorKey: agreed.key,
      rating: agreed.rating,
      reasoning: agreed.reasoning,
    });
  }
  const heldOn = meetingDate(review.quarter, index, now);
  const notes =
    index === firstMeetingAfterInspection(now) ? `${plan.notes} ${INSPECTION_MINUTES}` : plan.notes;
  handlers['meeting.record']({ reviewId, heldOn, attendees: plan.attendees.join(', '), notes });

  const today = todayIso(now);
  const due = addDays(heldOn, 42);
  const action = handlers['actions.create']({
    homeId,
    title: plan.action.title,
    link: { kind: 'indicator', key: plan.action.key },
    owner: plan.action.owner,
    dueOn: plan.action.done || due > today ? due : addDays(today, 21),
    source: 'team_meeting',
    origin: { kind: 'review', id: reviewId },
    byName: MANAGER,
  });
  if (plan.action.done) {
    handlers['actions.setStatus']({
      id: action.id,
      status: 'done',
      completedOn: addDays(heldOn, 24),
      evidence: plan.action.done,
      byName: plan.action.owner,
    });
  }
}
