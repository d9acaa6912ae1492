import type { ReviewEvent } from '@contract/review';
import { formatTimestamp } from '@contract/dates';

function describe(event: ReviewEvent): string {
  const by = event.byName ? ` by ${event.byName}` : '';
  const when = formatTimestamp(event.at);
  if (event.kind === 'started') return `Started on ${when}`;
  if (event.kind === 'completed') return `Completed${by} on ${when}`;
  return `Reopened${by} on ${when}`;
}

/** Everything that has happened to the review, oldest first, with the reasons given for reopening. */
export function ReviewHistory({ events }: { events: ReviewEvent[] }) {
  return (
    <section className="section" aria-labelledby="history-title">
      <h2 className="heading-l" id="history-title">
        History
      </h2>
      <ol className="history">
        {events.map((event, index) => (
          <li className="history__item" key={`${event.at}-${index}`}>
            <p className="history__what">{describe(event)}</p>
            {event.reason && <p className="history__reason">Because: “{event.reason}”</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
