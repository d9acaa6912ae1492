import '../meetings.css';
import { Link, useParams } from 'wouter';
import { reportPath } from '@contract/reports';
import { suggestedRoundDomains } from '@contract/rules/agenda-rules';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { rememberPrintReturn } from '@shared/paths/printReturn';
import { useQuarterText } from '@shared/hooks/useQuarterText';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { PageHeading } from '@shared/ui/PageHeading';
import { useMeeting, useTeamRound } from '../api';
import { AgendaPanel } from '../components/AgendaPanel';
import { BlindSpotsPanel } from '../components/BlindSpotsPanel';
import { MeetingRecordForm } from '../components/MeetingRecordForm';
import { MeetingSettingsForm } from '../components/MeetingSettingsForm';
import { PrivateRatingPanel } from '../components/PrivateRatingPanel';
import { TeamNav } from '../components/TeamNav';
import { useReviewWithDomains } from '../hooks';

/** One review's team meeting: private ratings first, then the agenda and the meeting itself. */
export function TeamMeetingScreen() {
  const reviewId = Number(useParams<{ id: string }>().id);
  const { home } = useHome();
  const quarterText = useQuarterText();
  const { review, domains, error, retry } = useReviewWithDomains(reviewId);
  const round = useTeamRound(reviewId);
  const meeting = useMeeting(reviewId);
  usePageTitle('Team meeting');
  const printPath = meeting.data ? reportPath('team-meeting', meeting.data.homeId, meeting.data.quarter) : '';
  return (
    <>
      <PageHeading caption={home.name}>
        Team meeting{review ? `: ${quarterText(review.quarter)}` : ''}
      </PageHeading>
      <TeamNav />
      {review === undefined || round.data === undefined || domains.length === 0 ? (
        <LoadingOrError error={error ?? round.error} onRetry={retry} />
      ) : (
        <div className="narrow">
          <p className="body-l">
            Everyone rates in private first, the ratings are revealed together, and the meeting talks through
            where the team disagrees.
          </p>
          <PrivateRatingPanel
            key={round.data?.id ?? 0}
            reviewId={reviewId}
            round={round.data}
            domains={domains}
            suggested={suggestedRoundDomains(
              review.indicators,
              domains.map((d) => d.key),
            )}
          />
          {meeting.data && (
            <>
              <BlindSpotsPanel reviewId={reviewId} />
              <AgendaPanel meeting={meeting.data} />
              <p>
                <Link
                  href={printPath}
                  onClick={() =>
                    rememberPrintReturn({
                      print: printPath,
                      back: `/team/meeting/${reviewId}`,
                      label: 'Back to the team meeting',
                    })
                  }
                >
                  {meeting.data.heldOn ? 'Print the minutes' : 'Print the agenda'}
                </Link>
              </p>
              {/* Keyed by the review, not the date: a save keeps the form, and its "saved" message. */}
              <MeetingRecordForm key={meeting.data.reviewId} meeting={meeting.data} />
              <MeetingSettingsForm reviewId={meeting.data.reviewId} settings={meeting.data.settings} />
            </>
          )}
        </div>
      )}
    </>
  );
}
