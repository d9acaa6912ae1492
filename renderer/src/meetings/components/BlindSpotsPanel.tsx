import '../styles/blind-spots.css';
import { FLAG_WORDS, GRADE_WORDS } from '@contract/rules/team-rules';
import type { AgendaIndicator } from '@contract/team-meeting';
import { useMeeting } from '../api';

type Flagged = AgendaIndicator & { flag: NonNullable<AgendaIndicator['flag']> };

/** "You: Outstanding; the team: Requires improvement (middle of 4); agreed: Good". */
function beside(i: Flagged): string {
  const parts = [
    `You: ${i.own === null ? 'not rated' : GRADE_WORDS[i.own]}`,
    `the team: ${i.spread?.median ? GRADE_WORDS[i.spread.median] : 'none'} (the middle of ${i.spread?.raters ?? 0} ratings)`,
  ];
  const agreed = i.agreed.at(-1);
  if (agreed) parts.push(`agreed: ${GRADE_WORDS[agreed.rating]}`);
  return parts.join('; ');
}

/**
 * Every possible blind spot and hidden strength the team's private ratings found, on the meeting page
 * and the review, with the manager's own rating beside the team's and any agreed one. Nothing until
 * rating has ended and enough people rated.
 */
export function BlindSpotsPanel({ reviewId, headingLevel = 2 }: { reviewId: number; headingLevel?: 2 | 3 }) {
  const meeting = useMeeting(reviewId).data;
  if (!meeting) return null;
  const flagged = meeting.items.flatMap((item) =>
    item.indicator?.flag ? [{ ...item.indicator, flag: item.indicator.flag } as Flagged] : [],
  );
  if (flagged.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const margin = meeting.settings.flagMargin;
  return (
    <section className="section blind-spots" aria-labelledby={`blind-spots-${reviewId}`}>
      <Heading className="heading-l" id={`blind-spots-${reviewId}`}>
        Blind spots and hidden strengths
      </Heading>
      <p>
        Where your own rating was {margin} grade{margin === 1 ? '' : 's'} or more above the middle of the
        team’s private ratings (a possible blind spot) or below it (a possible hidden strength). Each leads
        the meeting’s agenda.
      </p>
      <ul className="blind-spots__list">
        {flagged.map((i) => (
          <li key={i.key} className="blind-spots__item">
            <p className="blind-spots__title long-text">
              {i.number} {i.statement}
            </p>
            <p>
              <strong>{FLAG_WORDS[i.flag]}.</strong> {beside(i)}.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
