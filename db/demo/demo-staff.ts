import type { Handlers as AllHandlers } from '../../contract/operations';
import { addDays, addMonths } from '../../contract/rules/dates';
import { FIRST_MANAGER, MANAGER_ROLE, SECOND_MANAGER } from './demo-story';

/** The deputy, who owns several of the sample actions. */
export const DEPUTY = 'Sam Reid';

type Handlers = Pick<AllHandlers, 'staff.save' | 'staff.list' | 'appraisals.record' | 'staffChecks.record'>;

interface SampleMember {
  name: string;
  role: string;
  /** Months before today that they started, and (for those still here) their latest appraisal. */
  startedMonthsAgo: number;
  appraisedMonthsAgo: number | null;
  leftMonthsAgo?: number;
}

/**
 * The sample home's team: names match the actions' owners and the meetings' attendees; the first manager
 * left when the second took over (the story's fourth quarter). One appraisal is late, as in many homes.
 */
const TEAM: SampleMember[] = [
  { name: SECOND_MANAGER, role: MANAGER_ROLE, startedMonthsAgo: 17, appraisedMonthsAgo: 5 },
  { name: DEPUTY, role: 'Deputy manager', startedMonthsAgo: 50, appraisedMonthsAgo: 4 },
  {
    name: 'Amira Hussain',
    role: 'Senior residential support worker',
    startedMonthsAgo: 38,
    appraisedMonthsAgo: 7,
  },
  { name: 'Chris Lowe', role: 'Residential support worker', startedMonthsAgo: 24, appraisedMonthsAgo: 4 },
  { name: 'Dan Okafor', role: 'Residential support worker', startedMonthsAgo: 30, appraisedMonthsAgo: 9 },
  { name: 'Tom Baker', role: 'Waking night worker', startedMonthsAgo: 20, appraisedMonthsAgo: 13 },
  { name: 'Grace Lee', role: 'Residential support worker', startedMonthsAgo: 14, appraisedMonthsAgo: 2 },
  { name: 'Ellie Morgan', role: 'Residential support worker', startedMonthsAgo: 9, appraisedMonthsAgo: null },
  // Three long-serving members, so the list holds the eleven staff the quarterly figures count.
  { name: 'Hannah Price', role: 'Residential support worker', startedMonthsAgo: 44, appraisedMonthsAgo: 3 },
  { name: 'Joel Adeyemi', role: 'Residential support worker', startedMonthsAgo: 33, appraisedMonthsAgo: 6 },
  { name: 'Mark Davies', role: 'Waking night worker', startedMonthsAgo: 27, appraisedMonthsAgo: 8 },
  {
    name: FIRST_MANAGER,
    role: MANAGER_ROLE,
    startedMonthsAgo: 70,
    appraisedMonthsAgo: null,
    leftMonthsAgo: 17,
  },
];

/** Supervision every six weeks and an update-service check of each DBS certificate every year (the home's policy). */
const SUPERVISION_EVERY_DAYS = 42;
const DBS_EVERY_MONTHS = 12;

/**
 * The three newest staff (the manager aside, who is supervised by the responsible individual): their
 * supervision is late, the gap in Ofsted's Regulation 33 requirement and its overdue action.
 */
export const NEWEST_THREE: readonly string[] = TEAM.filter(
  (m) => m.role !== MANAGER_ROLE && m.leftMonthsAgo === undefined,
)
  .sort((a, b) => a.startedMonthsAgo - b.startedMonthsAgo)
  .slice(0, 3)
  .map((m) => m.name);

/**
 * Each current member's last supervision and DBS update-service check, with the next due. The three newest
 * were last supervised about two months ago and are late; everyone else was seen in the deputy's round of
 * the last fortnight, so is in date for more than the 30 days the calendar warns ahead. DBS checks were
 * all made within the year, the newest staff's when they started.
 */
function recordChecks(handlers: Handlers, homeId: number, staffId: number, index: number, today: string) {
  const m = TEAM[index]!;
  const late = NEWEST_THREE.indexOf(m.name);
  const supervisedOn =
    late >= 0
      ? addDays(today, -(SUPERVISION_EVERY_DAYS + 12 + late * 5))
      : addDays(today, -(2 + (index % 10)));
  handlers['staffChecks.record']({
    homeId,
    staffId,
    kind: 'supervision',
    doneOn: supervisedOn,
    nextDueOn: addDays(supervisedOn, SUPERVISION_EVERY_DAYS),
  });
  const checkedOn = addDays(addMonths(today, -Math.min(m.startedMonthsAgo, 3 + ((index * 2) % 7))), -index);
  handlers['staffChecks.record']({
    homeId,
    staffId,
    kind: 'dbs',
    doneOn: checkedOn,
    nextDueOn: addMonths(checkedOn, DBS_EVERY_MONTHS),
  });
}

/**
 * Puts the team on the staff list with their appraisals, supervision and DBS checks, and returns each
 * person's id by name. Chris's start is 25 days short of two years, so his Level 3 deadline is coming up.
 */
export function addDemoStaff(handlers: Handlers, homeId: number, today: string): Map<string, number> {
  const ids = new Map<string, number>();
  for (const [index, m] of TEAM.entries()) {
    // A few days' spread, so not everyone started and was appraised on the same day of the month.
    const spread = -((index * 7) % 19);
    const startedOn =
      m.name === 'Chris Lowe'
        ? addMonths(addDays(today, 25), -24)
        : addDays(addMonths(today, -m.startedMonthsAgo), spread);
    const left = m.leftMonthsAgo !== undefined;
    const list = handlers['staff.save']({
      homeId,
      name: m.name,
      role: m.role,
      startedOn,
      status: left ? 'left' : 'active',
      leftOn: left ? addDays(addMonths(today, -m.leftMonthsAgo!), -1) : null,
    });
    const id = list.find((s) => s.name === m.name)!.id;
    ids.set(m.name, id);
    if (m.appraisedMonthsAgo !== null) {
      handlers['appraisals.record']({
        homeId,
        staffId: id,
        appraisedOn: addDays(addMonths(today, -m.appraisedMonthsAgo), spread),
      });
    }
    if (!left) recordChecks(handlers, homeId, id, index, today);
  }
  return ids;
}

/** The sample team's ids by name: the staff list as it is, or the team added to it when it is empty. */
export function ensureDemoStaff(handlers: Handlers, homeId: number, today: string): Map<string, number> {
  const existing = handlers['staff.list']({ homeId });
  if (existing.length === 0) return addDemoStaff(handlers, homeId, today);
  return new Map(existing.map((m) => [m.name, m.id]));
}
