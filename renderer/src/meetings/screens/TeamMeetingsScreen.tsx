import '../meetings.css';
import { Link } from 'wouter';
import { useReviews } from '@shared/api/useReviews';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useQuarterText } from '@shared/hooks/useQuarterText';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { PageHeading } from '@shared/ui/PageHeading';
import { TeamNav } from '../components/TeamNav';

/** Which review the team meets about: one meeting per quarterly review. */
export function TeamMeetingsScreen() {
  usePageTitle('Team meetings');
  const { home } = useHome();
  const reviews = useReviews(home.id);
  const quarterText = useQuarterText();
  return (
    <>
      <PageHeading caption={home.name}>Team meetings</PageHeading>
      <TeamNav />
      <p className="body-l">
        The team rates a quarter’s review in private, then meets to compare, discuss and agree. Choose the
        review the meeting is about.
      </p>
      {reviews.data === undefined ? (
        <LoadingOrError error={reviews.error} onRetry={() => reviews.refetch()} />
      ) : reviews.data.length === 0 ? (
        <p>
          There is no review yet. <Link href="/reviews">Start this quarter’s review</Link> first: the team
          meeting is about it.
        </p>
      ) : (
        <ul className="list">
          {reviews.data.map((r) => (
            <li key={r.id}>
              <Link href={`/team/meeting/${r.id}`}>
                {quarterText(r.quarter)} review ({r.status === 'draft' ? 'in progress' : 'completed'})
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
