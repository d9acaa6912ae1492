import type { Rating } from '@contract/framework';
import type { ReviewEvent } from '@contract/review';
import { describeEvent } from '../lib/reviewEventText';

/**
 * Everything that has happened to the review, oldest first: the reasons given for reopening, and each
 * rating a team meeting agreed with the rating it replaced and the team's reasoning.
 */
export function ReviewHistory({ events, labels }: { events: ReviewEvent[]; labels: Record<Rating, string> }) {
  return (
    <section className="section" aria-labelledby="history-title">
      <h2 className="heading-l" id="history-title">
        History
      </h2>
      <ol className="history">
        {events.map((event, index) => (
          <li className="history__item" key={`${event.at}-${index}`}>
            <p className="history__what">{describeEvent(event, labels)}</p>
            {event.reason && (
              <p className="history__reason">
                {event.kind === 'agreed' ? 'Reason' : 'Because'}: “{event.reason}”
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
