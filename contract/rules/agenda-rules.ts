import type { ActionItem } from '../actions';
import { todayIso } from './dates';
import type { Rating } from '../framework';
import type { AgendaReason } from '../team-meeting';
import type { ManagerFlag, Spread } from './team-rules';

export interface AgendaCandidate {
  key: string;
  discuss: boolean;
  rating: Rating | null;
  previous: Rating | null;
  /** The rating the team last agreed in a meeting, if any. */
  agreed: Rating | null;
  /** Null when the spread may not be shown. */
  spread: Spread | null;
  /** The manager's own rating against the team's middle one (managerFlag). */
  flag: ManagerFlag;
}

/** How many of the widest spreads join the agenda. */
export const WIDEST_SPREADS = 5;

/**
 * Which indicators the meeting should discuss, and why: every possible blind spot and hidden strength
 * (the meeting exists to find them, and a team that agrees with itself but not with the manager spreads
 * no wider than one grade, so no other reason would catch it), flagged "discuss with the team", rated
 * differently from the last completed review, or among the widest spreads (a range of two grades or
 * more). In the review's order. A rating the team has agreed says so instead of "changed": the change
 * is the team's own, already discussed (until the manager changes it again).
 */
export function indicatorReasons(candidates: readonly AgendaCandidate[]): Map<string, AgendaReason[]> {
  const range = (c: AgendaCandidate) =>
    c.spread && c.spread.lowest !== null && c.spread.highest !== null
      ? c.spread.highest - c.spread.lowest
      : 0;
  const widest = new Set(
    candidates
      .filter((c) => range(c) >= 2)
      .sort((a, b) => range(b) - range(a))
      .slice(0, WIDEST_SPREADS)
      .map((c) => c.key),
  );
  const found = new Map<string, AgendaReason[]>();
  for (const c of candidates) {
    const reasons: AgendaReason[] = [];
    if (c.flag) reasons.push(c.flag);
    if (c.discuss) reasons.push('discuss');
    const teams = c.agreed !== null && c.agreed === c.rating;
    if (teams) reasons.push('agreed');
    else if (c.previous !== null && c.rating !== null && c.previous !== c.rating) reasons.push('changed');
    if (widest.has(c.key)) reasons.push('spread');
    if (reasons.length > 0) found.set(c.key, reasons);
  }
  return found;
}

/** The manager's own rating: the one the first agreement replaced, or the review's if none was agreed. */
export function ownRating(
  current: Rating | null,
  agreed: readonly { earlier: Rating | null }[],
): Rating | null {
  return agreed.length > 0 ? agreed[0]!.earlier : current;
}

/**
 * The saved order first (items that still exist), then anything new in its suggested place; but a new
 * item that must lead (a blind spot or hidden strength found once rating ended) goes before the saved
 * order, so the manager's earlier reordering never buries it.
 */
export function orderAgenda<T extends { id: string }>(
  items: readonly T[],
  saved: readonly string[],
  leads: (item: T) => boolean = () => false,
): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const kept = saved.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const fresh = items.filter((i) => !saved.includes(i.id));
  return [...fresh.filter(leads), ...kept, ...fresh.filter((i) => !leads(i))];
}

/**
 * Whether an action was overdue on a day (a past meeting's date), from its history rather than its
 * status now: added by that day, open or in progress when the day began (in the home's time) or when it
 * was added that day, and due before the day. One done before the day counts as done, even if it was
 * recorded later; one finished on the day itself was still overdue when the day began.
 */
export function overdueOn(
  action: Pick<ActionItem, 'dueOn' | 'status' | 'completedOn' | 'events'>,
  day: string,
): boolean {
  if (action.dueOn >= day) return false;
  if (action.status === 'done' && action.completedOn !== null && action.completedOn < day) return false;
  const known = action.events.filter((e) => todayIso(new Date(e.at)) <= day);
  const then = known.filter((e) => todayIso(new Date(e.at)) < day).at(-1) ?? known[0];
  return then !== undefined && (then.status === 'open' || then.status === 'in_progress');
}

/**
 * The domains a rating round offers first: those with an indicator the manager flagged to discuss or
 * rated differently from the last completed review. Rating all eight takes a long meeting; every
 * domain stays one click away. None flagged or changed: all of them.
 */
export function suggestedRoundDomains(
  indicators: readonly {
    domainKey: string;
    discuss: boolean;
    rating: Rating | null;
    previous?: { rating: Rating | null } | null;
  }[],
  domainKeys: readonly string[],
): string[] {
  const moved = new Set(
    indicators
      .filter((i) => {
        const before = i.previous?.rating ?? null;
        return i.discuss || (before !== null && i.rating !== null && before !== i.rating);
      })
      .map((i) => i.domainKey),
  );
  const chosen = domainKeys.filter((k) => moved.has(k));
  return chosen.length > 0 ? chosen : [...domainKeys];
}
