import type { DutyState } from '@contract/duties';

const STATE: Record<DutyState, { label: string; tag: string }> = {
  'not-recorded': { label: 'No date recorded', tag: 'status-open' },
  ok: { label: 'In date', tag: 'ok' },
  'due-soon': { label: 'Due within 30 days', tag: 'due-soon' },
  late: { label: 'Late', tag: 'late' },
  done: { label: 'Done', tag: 'ok' },
  left: { label: 'Left the home', tag: 'status-open' },
};

/** Where a date stands, in words (never colour alone). */
export const DutyStateTag = ({ state }: { state: DutyState }) => (
  <span className={`tag tag--${STATE[state].tag}`}>{STATE[state].label}</span>
);
