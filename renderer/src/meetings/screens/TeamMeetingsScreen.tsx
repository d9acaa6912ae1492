import '../meetings.css';
import { Link } from 'wouter';
import { useReviews } from '@review/api';
import { useHome } from '@shared/currentHomeContext';
import { CsvButton } from '@shared/csv/CsvButton';
import { TEAM_MEETINGS_FILE } from '@shared/csv/teamAndViewsFiles';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { PageHeading } from '@shared/ui/PageHeading';
import { useMeetingsHeld } from '../api';
import { MeetingsHeldTable } from '../components/MeetingsHeldTable';
import { TeamNav } from '../components/TeamNav';

/** Which review the team meets about: one meeting per quarterly review. */
export function TeamMeetingsScreen() {
  usePageTitle('Team meetings');
  const { home } = useHome();
  const reviews = useReviews(home.id);
  const held = useMeetingsHeld(home.id);
  return (
    <>
      <PageHeading caption={home.name}>Team meetings</PageHeading>
      <TeamNav />
      <p className="body-l">
        The team rates a quarter’s review in private, then meets to compare, discuss and agree. Choose the
        review the meeting is about; each says whether its team meeting was recorded.
      </p>
      <CsvButton file={TEAM_MEETINGS_FILE} homeId={home.id} homeName={home.name} />
      {reviews.data === undefined || held.data === undefined ? (
        <LoadingOrError
          error={reviews.error ?? held.error}
          onRetry={() => Promise.all([reviews.refetch(), held.refetch()])}
        />
      ) : reviews.data.length === 0 ? (
        <p>
          There is no review yet. <Link href="/reviews">Start this quarter’s review</Link> first: the team
          meeting is about it.
        </p>
      ) : (
        <MeetingsHeldTable reviews={reviews.data} held={held.data} />
      )}
    </>
  );
}
