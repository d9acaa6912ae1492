import { STAFF_CHECK_KINDS, STAFF_CHECK_WORDS, type StaffCheckStatus } from '@contract/staff-checks';

const people = (n: number) => `${n} ${n === 1 ? 'member of staff' : 'staff'}`;

/**
 * The quarterly review's staff checks, as counts and never as names: "Supervision: 3 of 8 staff late",
 * then how many are due within 30 days or have no date recorded, where any are.
 */
export function staffCheckCounts(checks: StaffCheckStatus[]): string[] {
  const total = checks.length;
  if (total === 0) return ['No one is on the staff list, so no supervision or DBS checks are tracked.'];
  return STAFF_CHECK_KINDS.map((kind) => {
    const count = (state: string) => checks.filter((c) => c[kind].state === state).length;
    const late = count('late');
    const parts = [
      `${STAFF_CHECK_WORDS[kind].title}: ${late === 0 ? 'none' : late} of ${people(total)} late`,
    ];
    const soon = count('due-soon');
    if (soon > 0) parts.push(`${soon} due within 30 days`);
    const unknown = count('not-recorded');
    if (unknown > 0) parts.push(`${unknown} with no date recorded`);
    return `${parts.join(', ')}.`;
  });
}
