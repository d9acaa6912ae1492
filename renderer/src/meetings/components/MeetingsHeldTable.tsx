import { Link } from 'wouter';
import { formatIsoDate } from '@contract/rules/dates';
import type { ReviewSummary } from '@contract/review';
import type { MeetingHeld } from '@contract/team-meeting';
import { useQuarterText } from '@shared/hooks/useQuarterText';

interface Props {
  reviews: ReviewSummary[];
  held: MeetingHeld[];
}

/** What the Team meeting column says: when it was held, or that none is recorded. */
function meetingWords(review: ReviewSummary, heldOn: string | null): string {
  if (heldOn) return `Held on ${formatIsoDate(heldOn)}`;
  return review.status === 'completed' ? 'None recorded' : 'Not recorded yet';
}

/**
 * One row per review: the review to open, and whether its team meeting was recorded and when, so a
 * manager sees at a glance which quarters went without one.
 */
export function MeetingsHeldTable({ reviews, held }: Props) {
  const quarterText = useQuarterText();
  const heldOn = new Map(held.map((h) => [h.reviewId, h.heldOn]));
  const missed = reviews.filter((r) => r.status === 'completed' && !heldOn.get(r.id)).length;
  return (
    <>
      {missed > 0 && (
        <p>
          {missed === 1
            ? '1 completed review has no team meeting recorded.'
            : `${missed} completed reviews have no team meeting recorded.`}
        </p>
      )}
      <table className="table">
        <caption className="visually-hidden">Reviews and their team meetings</caption>
        <thead>
          <tr>
            <th scope="col">Review</th>
            <th scope="col">Team meeting</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/team/meeting/${r.id}`}>
                  {quarterText(r.quarter)} review ({r.status === 'draft' ? 'in progress' : 'completed'})
                </Link>
              </th>
              <td>{meetingWords(r, heldOn.get(r.id) ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
