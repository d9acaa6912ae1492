import { formatTimestamp, formatTimestampDate } from '@contract/rules/dates';
import type { Rating } from '@contract/framework';
import type { ReviewEvent } from '@contract/review';

export type Labels = Record<Rating, string>;

/** One line of the history: what happened and when. */
export function describeEvent(event: ReviewEvent, labels: Labels): string {
  const by = event.byName ? ` by ${event.byName}` : '';
  const when = formatTimestamp(event.at);
  if (event.kind === 'started') return `Started on ${when}`;
  if (event.kind === 'completed') return `Completed${by} on ${when}`;
  if (event.kind === 'agreed' && event.agreed) {
    const { number, rating, earlier } = event.agreed;
    const was = earlier === null ? 'not rated before' : `was ${labels[earlier]}`;
    return `Agreed in the team meeting on ${formatTimestampDate(event.at)}: indicator ${number} is ${labels[rating]} (${was})`;
  }
  return `Reopened${by} on ${when}`;
}
