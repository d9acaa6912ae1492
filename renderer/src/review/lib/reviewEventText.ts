import { formatIsoDate, formatTimestamp, formatTimestampDate } from '@contract/rules/dates';
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
    const { number, rating, earlier, own, meetingOn } = event.agreed;
    const was = earlier === null ? 'not rated before' : `was ${labels[earlier]}`;
    // After a second agreement "was" is the first agreed rating: the manager's own stays beside it.
    const yours = own !== null && own !== earlier ? `; you: ${labels[own]}` : '';
    const day = meetingOn ? formatIsoDate(meetingOn) : formatTimestampDate(event.at);
    return `Agreed in the team meeting on ${day}: indicator ${number} is ${labels[rating]} (${was}${yours})`;
  }
  return `Reopened${by} on ${when}`;
}
