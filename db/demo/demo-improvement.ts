import type { Handlers as AllHandlers } from '../../contract/operations';

/** The data operations; backups are bound by the store and not needed here. */
type Handlers = Omit<AllHandlers, `backups.${string}`>;
import { addDays, addMonths, todayIso } from '../../contract/rules/dates';
import { addQuarters, quarterOf } from '../../contract/rules/quarters';
import { reg45Period } from '../../contract/reg45-draft';
import { notAfter } from './demo-home';
import { SECOND_MANAGER } from './demo-story';
import { DEPUTY, ensureDemoStaff } from './demo-staff';

const MANAGER = SECOND_MANAGER;

/**
 * Reg 44 visits for the last six months, with the third most recent month missing. Each recommendation
 * is different and answered (the reviews rate acting on Reg 44 Good, so none is left unanswered); the
 * latest (Regulation 35 records) has the action made from it, and its response came after the date asked
 * for, but never later than today.
 */
function reg44(handlers: Handlers, homeId: number, today: string) {
  const recommendations = new Map<number, readonly [string, string]>([
    [
      6,
      ['Review how the missing-from-care protocol is shared with new staff.', 'Added to induction week one.'],
    ],
    [
      4,
      [
        'Make sure every child’s room has been personalised with them.',
        'Each child chose paint and furnishings with their keyworker; the last room was finished this month.',
      ],
    ],
    [
      2,
      [
        'Make sure night staff know how to reach the on-call manager.',
        'On-call rota now in the night folder.',
      ],
    ],
    [
      1,
      [
        'Make sure each measure of control, discipline or restraint is recorded within 24 hours, signed by the registered or authorised person within 48 hours after speaking to the staff member, and that they confirm speaking to the child within 5 days (Regulation 35).',
        'Agreed; deputy to audit.',
      ],
    ],
  ]);
  for (let back = 6; back >= 1; back--) {
    if (back === 3) continue;
    const visitedOn = addDays(`${addMonths(today, -back).slice(0, 7)}-01`, 11);
    const { savedId } = handlers['reg44.saveVisit']({
      homeId,
      visitedOn,
      visitor: 'Alex Morgan (independent person)',
      reportReceivedOn: addDays(visitedOn, 6),
    });
    const recommendation = recommendations.get(back);
    if (recommendation) {
      const [text, response] = recommendation;
      const answeredOn = addDays(visitedOn, back === 1 ? 35 : 14);
      handlers['reg44.saveRecommendation']({
        visitId: savedId,
        text,
        respondBy: addDays(visitedOn, 28),
        response,
        respondedOn: response ? notAfter(answeredOn, today) : null,
      });
    }
  }
  const latest = handlers['reg44.overview']({ homeId }).visits[0]!.recommendations[0]!;
  handlers['actions.create']({
    homeId,
    title:
      'Audit Regulation 35 records each week: recorded within 24 hours, signed within 48 hours, child spoken to within 5 days',
    // The version 2 key: the sample's recent reviews use version 2, where restraint is behaviour-progress.
    link: { kind: 'indicator', key: 'rel.behaviour-progress' },
    owner: DEPUTY,
    dueOn: addDays(today, 21),
    source: 'reg44',
    origin: { kind: 'reg44', id: latest.id },
    byName: MANAGER,
  });
}

/**
 * Two Reg 45 reviews: the earlier report went to Ofsted late, the later one on time. Each covers two
 * whole quarters, the later one ending with the latest completed review's quarter, so the Reg 45 draft a
 * manager opens first is the period last recorded and signing it off asks no reason, whatever the day.
 * The later report is completed in the fortnight after its period (never after today) and sent to Ofsted
 * twelve days later, or is still within its 28 days when that day has not come yet.
 */
function reg45(handlers: Handlers, homeId: number, today: string, latestQuarter: string) {
  const later = reg45Period(latestQuarter);
  const earlier = reg45Period(addQuarters(latestQuarter, -2));
  const earlierDone = addDays(earlier.end, 9);
  handlers['reg45.save']({
    homeId,
    periodStart: earlier.start,
    periodEnd: earlier.end,
    completedOn: earlierDone,
    sentToOfstedOn: addDays(earlierDone, 34),
    placingAuthorities: 'sent',
    placingAuthoritiesSentOn: addDays(earlierDone, 35),
  });
  const laterDone = notAfter(addDays(later.end, 9), today);
  const laterSent = addDays(laterDone, 12);
  handlers['reg45.save']({
    homeId,
    periodStart: later.start,
    periodEnd: later.end,
    completedOn: laterDone,
    sentToOfstedOn: laterSent <= today ? laterSent : null,
    placingAuthorities: 'not_sent',
    placingAuthoritiesSentOn: null,
  });
}

/** The date of the sample's full inspection: five months before today. */
export const inspectionDate = (today: string): string => addMonths(today, -5);

/** A full inspection five months ago with two requirements (one past its compliance date) and a recommendation. */
function ofsted(handlers: Handlers, homeId: number, today: string) {
  const inspectedOn = inspectionDate(today);
  const { savedId } = handlers['ofsted.saveInspection']({
    homeId,
    inspectedOn,
    kind: 'full',
    // Credible beside the home's own judgements of the quarter it falls in (demo-story.ts): inspectors found
    // the missing-from-care gap being closed, so helped and protected requires improvement; children's
    // experiences are Good; leaders found the gap themselves, so leadership is Good, with the supervision
    // requirement below. The home judged that quarter as hard as inspectors did, or harder.
    experiencesAndProgress: 3,
    helpedAndProtected: 2,
    leadersAndManagers: 3,
    interimOutcome: null,
    reportUrl: 'https://reports.ofsted.gov.uk/',
  });
  const items = [
    [
      'requirement',
      'Regulation 33 (4)(b)',
      'Ensure that all staff receive practice-related supervision at the frequency set out in the home’s policy.',
      addDays(today, -10),
    ],
    [
      'requirement',
      'Regulation 12 (2)(a)(i)',
      'Ensure that risk assessments are updated after each missing-from-care episode.',
      addDays(today, 40),
    ],
    [
      'recommendation',
      '',
      'Children’s meeting minutes should show what changed as a result of what children said.',
      null,
    ],
  ] as const;
  for (const [kind, regulation, text, complyBy] of items) {
    handlers['ofsted.saveItem']({ inspectionId: savedId, kind, regulation, text, complyBy });
  }
  const inspection = handlers['ofsted.overview']({ homeId }).inspections[0]!;
  const requirement = inspection.items.find((i) => i.regulation.startsWith('Regulation 12'))!;
  // The supervision requirement's action: overdue, so the requirement is past its date and not met.
  const supervision = inspection.items.find((i) => i.regulation.startsWith('Regulation 33'))!;
  const overdue = handlers['actions.create']({
    homeId,
    title: 'Bring supervision up to date for the three newest staff',
    link: { kind: 'indicator', key: 'work.supervision' },
    owner: DEPUTY,
    dueOn: addDays(today, -12),
    source: 'ofsted_requirement',
    origin: { kind: 'ofsted', id: supervision.id },
    byName: MANAGER,
  });
  handlers['actions.addNote']({
    id: overdue.id,
    notedOn: addDays(today, -20),
    text: 'All three sessions booked, then moved by a rota clash; new dates going in this week.',
    byName: DEPUTY,
  });
  handlers['actions.create']({
    homeId,
    title:
      'Update each child’s risk assessment after every missing-from-care episode, and check it at handover',
    link: { kind: 'sccif', key: 'helpedAndProtected' },
    owner: MANAGER,
    dueOn: requirement.complyBy!,
    source: 'ofsted_requirement',
    origin: { kind: 'ofsted', id: requirement.id },
    byName: MANAGER,
  });
}

/** Actions in every state (the overdue one answers an Ofsted requirement: see `ofsted`). */
function actions(handlers: Handlers, homeId: number, today: string, reviewId: number | null) {
  const origin = reviewId ? { kind: 'review' as const, id: reviewId } : null;
  const add = (
    title: string,
    key: string,
    kind: 'indicator' | 'domain',
    dueOn: string,
    source: 'review' | 'team_meeting' | 'complaint',
  ) =>
    handlers['actions.create']({
      homeId,
      title,
      link: { kind, key },
      owner: DEPUTY,
      dueOn,
      source,
      origin: source === 'review' ? origin : null,
      byName: MANAGER,
    });

  add(
    'Book two agency-free weekends a month by building a small bank of familiar relief staff',
    'staffing',
    'domain',
    addDays(today, 45),
    'review',
  );
  const progress = add(
    'Start “you said, we did” board in the kitchen',
    'voice.meetings',
    'indicator',
    addDays(today, 14),
    'team_meeting',
  );
  handlers['actions.setStatus']({ id: progress.id, status: 'in_progress', byName: DEPUTY });
  handlers['actions.addNote']({
    id: progress.id,
    notedOn: addDays(today, -3),
    text: 'Board bought; children choosing the design.',
    byName: DEPUTY,
  });
  const done = add(
    'Explain the complaints route again at the children’s meeting',
    'voice.complaints',
    'indicator',
    addDays(today, -30),
    'complaint',
  );
  handlers['actions.setStatus']({
    id: done.id,
    status: 'done',
    completedOn: addDays(today, -35),
    evidence: 'Minutes of the children’s meeting; every child given the leaflet.',
    byName: MANAGER,
  });
  const dropped = add(
    'Move the homework club to Saturdays',
    'edu.home-learning',
    'indicator',
    addDays(today, 20),
    'review',
  );
  handlers['actions.setStatus']({
    id: dropped.id,
    status: 'dropped',
    reason: 'The children asked to keep it on weekday evenings.',
    byName: MANAGER,
  });
}

/** The recurring duties' last dates, the staff list with appraisals, and two qualification deadlines. */
function duties(handlers: Handlers, homeId: number, today: string) {
  const builtin = (builtinKey: string, lastDoneOn: string | null, dueOn: string | null = null) =>
    handlers['duties.save']({ homeId, builtinKey, title: '', everyMonths: null, lastDoneOn, dueOn });
  builtin('statement-of-purpose', addMonths(addDays(today, 20), -12));
  builtin('childrens-guide', addMonths(today, -7));
  builtin('location-assessment', addMonths(addDays(today, -9), -12));
  builtin('manager-registration', addMonths(today, -20));
  handlers['duties.save']({
    homeId,
    title: 'Fire risk assessment review',
    everyMonths: 12,
    lastDoneOn: addMonths(today, -3),
    dueOn: null,
  });
  // Qualification deadlines name people from the staff list.
  const staff = ensureDemoStaff(handlers, homeId, today);
  const chris = staff.get('Chris Lowe')!;
  handlers['qualifications.save']({
    homeId,
    staffId: chris,
    level: 3,
    startedOn: handlers['staff.list']({ homeId }).find((m) => m.id === chris)!.startedOn!,
    achievedOn: null,
  });
  handlers['qualifications.save']({
    homeId,
    staffId: staff.get(MANAGER)!,
    level: 5,
    startedOn: addMonths(today, -17),
    achievedOn: null,
  });
}

/** The sample home's improvement work and inspection records, dated relative to `now`. */
export function addDemoImprovement(handlers: Handlers, homeId: number, now: Date): void {
  const today = todayIso(now);
  // The list is newest first: the actions come from the latest review, not the oldest.
  const latestReview = handlers['reviews.list']({ homeId })
    .filter((r) => r.status === 'completed')
    .sort((a, b) => a.quarter.localeCompare(b.quarter))
    .at(-1);
  actions(handlers, homeId, today, latestReview?.id ?? null);
  reg44(handlers, homeId, today);
  reg45(handlers, homeId, today, latestReview?.quarter ?? addQuarters(quarterOf(now), -1));
  ofsted(handlers, homeId, today);
  duties(handlers, homeId, today);
}
