import type { NoticeKind, TimingState } from '@contract/notifications';

const LABEL: Record<TimingState, { label: string; tag: string }> = {
  'in-time': { label: 'In time', tag: 'ok' },
  late: { label: 'Late', tag: 'late' },
  waiting: { label: 'Ofsted not told yet', tag: 'due-soon' },
  overdue: { label: 'Ofsted not told', tag: 'late' },
  recorded: { label: 'Recorded', tag: 'status-open' },
};

/** Where a notice stands, in words (never colour alone); for Regulation 40, "without delay". */
export function NoticeTimingTag({ kind, state }: { kind: NoticeKind; state: TimingState }) {
  const label = kind === 'reg40' && state === 'in-time' ? 'Without delay' : LABEL[state].label;
  return <span className={`tag tag--${LABEL[state].tag}`}>{label}</span>;
}
