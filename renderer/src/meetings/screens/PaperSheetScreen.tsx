import '../meetings.css';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { messageOf } from '@shared/api/ApiError';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useQuarterText } from '@shared/hooks/useQuarterText';
import { inBackground } from '@shared/lib/background';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { PageHeading } from '@shared/ui/PageHeading';
import { useOpenRound, useRatingSheet, useTeamRound } from '../api';
import { RatingSheetForm } from '../components/RatingSheetForm';
import { OnPhonesNotice } from '../phones/OnPhonesNotice';

/** The manager types in one printed rating sheet; it is saved marked as from paper. */
export function PaperSheetScreen() {
  const reviewId = Number(useParams<{ id: string }>().id);
  const { home } = useHome();
  const quarterText = useQuarterText();
  usePageTitle('Type in a paper rating sheet');
  const round = useTeamRound(reviewId);
  const open = useOpenRound(reviewId);
  const [saved, setSaved] = useState(0);
  const sheet = useRatingSheet(round.data?.id ?? null);
  const ready = round.data && sheet.data && round.data.id === sheet.data.roundId;
  return (
    <>
      <PageHeading caption={home.name}>
        Type in a paper rating sheet{round.data ? `: ${quarterText(round.data.quarter)}` : ''}
      </PageHeading>
      <p>
        <Link href={`/team/meeting/${reviewId}`}>Back to the team meeting</Link>
      </p>
      <p className="status-message" role="status">
        {saved > 0 ? `Paper sheet saved (${saved} this visit). The form is clear for the next one.` : ''}
      </p>
      {round.data === null ? (
        <div className="narrow">
          <p>Nobody has rated this review yet. Paper sheets cover every domain of the review.</p>
          {open.error && <p className="error-message">{messageOf(open.error)}</p>}
          <button
            type="button"
            className="button"
            onClick={() => inBackground(open.mutateAsync({ reviewId, domainKeys: [] }))}
          >
            Start typing in paper sheets
          </button>
        </div>
      ) : round.data?.onPhones && !round.data.closed ? (
        <OnPhonesNotice />
      ) : !ready ? (
        <LoadingOrError error={round.error ?? sheet.error} onRetry={() => round.refetch()} />
      ) : (
        <RatingSheetForm
          key={saved}
          sheet={sheet.data!}
          fromPaper
          onFinished={() => {
            setSaved((n) => n + 1);
            window.scrollTo(0, 0);
          }}
        />
      )}
    </>
  );
}
