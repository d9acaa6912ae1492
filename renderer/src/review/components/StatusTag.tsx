import type { ReviewStatus } from '@contract/review';

/** Status in words; the colour only repeats what the word says. */
export function StatusTag({ status }: { status: ReviewStatus }) {
  return <strong className={`tag tag--${status}`}>{status === 'completed' ? 'Completed' : 'Draft'}</strong>;
}
