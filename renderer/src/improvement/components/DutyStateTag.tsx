import type { DutyState } from '@contract/duties';

const STATE: Record<DutyState, { label: string; tag: string }> = {
  'not-recorded': { label: 'No date recorded', tag: 'status-open' },
  ok: { label: 'In date', tag: 'ok' },
  'due-soon': { label: 'Due within 30 days', tag: 'due-soon' },
  late: { label: 'Late', tag: 'late' },
  done: { label: 'Done', tag: 'ok' },
  left: { label: 'Left the home', tag: 'status-open' },
};

/**
 * Where a date stands, in words (never colour alone). `notRecorded` words the "not recorded" state where
 * the date itself is known but what happened by it is not (a qualification deadline).
 */
export const DutyStateTag = ({ state, notRecorded }: { state: DutyState; notRecorded?: string }) => (
  <span className={`tag tag--${STATE[state].tag}`}>
    {state === 'not-recorded' && notRecorded ? notRecorded : STATE[state].label}
  </span>
);
