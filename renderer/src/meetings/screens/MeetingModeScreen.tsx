import '../meetings.css';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { reasonWords, type AgendaItem, type TeamMeeting } from '@contract/team-meeting';
import { FLAG_WORDS, GRADE_WORDS } from '@contract/rules/team-rules';
import { AddActionForm } from '@improvement/api';
import { formatIsoDate } from '@contract/rules/dates';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useMeeting } from '../api';
import { AgreeForm } from '../components/AgreeForm';
import { SpreadView } from '../components/SpreadView';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

/**
 * Meeting mode: the whole window, large type, one agenda item at a time for a shared screen. The arrow
 * keys move between items (not while typing) and Escape leaves.
 */
export function MeetingModeScreen() {
  const reviewId = Number(useParams<{ id: string }>().id);
  const [, navigate] = useLocation();
  const meeting = useMeeting(reviewId);
  const [index, setIndex] = useState(0);
  const count = meeting.data?.items.length ?? 0;
  usePageTitle('Meeting mode');

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') navigate(`/team/meeting/${reviewId}`);
      else if (typing(event.target)) return;
      else if (event.key === 'ArrowRight') setIndex((i) => Math.min(i + 1, Math.max(count - 1, 0)));
      else if (event.key === 'ArrowLeft') setIndex((i) => Math.max(i - 1, 0));
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, navigate, reviewId]);
  useEffect(() => document.getElementById('meeting-item-heading')?.focus(), [index, count]);

  return (
    <div className="meeting-mode" role="region" aria-label="Meeting mode">
      <div className="meeting-mode__bar">
        <p className="meeting-mode__position">
          {count > 0 ? `Item ${index + 1} of ${count}` : 'Meeting mode'}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => navigate(`/team/meeting/${reviewId}`)}
        >
          Leave meeting mode (Escape)
        </button>
      </div>
      {meeting.data === undefined ? (
        <LoadingOrError error={meeting.error} onRetry={() => meeting.refetch()} />
      ) : count === 0 ? (
        <h1 className="meeting-mode__title" id="meeting-item-heading" tabIndex={-1}>
          The agenda is empty
        </h1>
      ) : (
        <ItemView
          key={meeting.data.items[index]!.id}
          meeting={meeting.data}
          item={meeting.data.items[index]!}
        />
      )}
      {count > 1 && (
        <div className="meeting-mode__nav button-group">
          <button
            type="button"
            className="button button--secondary"
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
          >
            Previous item (←)
          </button>
          <button
            type="button"
            className="button"
            disabled={index === count - 1}
            onClick={() => setIndex(index + 1)}
          >
            Next item (→)
          </button>
        </div>
      )}
    </div>
  );
}

function ItemView({ meeting, item }: { meeting: TeamMeeting; item: AgendaItem }) {
  const [revealed, setRevealed] = useState(false);
  const indicator = item.indicator;
  return (
    <div className="meeting-mode__item">
      <h1 className="meeting-mode__title" id="meeting-item-heading" tabIndex={-1}>
        {item.title}
      </h1>
      <p className="meeting-mode__reasons">{reasonWords(item).join('. ')}</p>
      {item.action && (
        <p>
          Owner: {item.action.owner || 'not recorded'}. Was due {formatIsoDate(item.action.dueOn)}.
        </p>
      )}
      {indicator && (
        <>
          <SpreadView
            indicator={indicator}
            settings={meeting.settings}
            ratingOpen={meeting.round !== null && !meeting.round.closed}
          />
          {revealed ? (
            <div className="meeting-mode__manager">
              <p>
                Manager’s rating:{' '}
                <strong>
                  {indicator.manager === null ? 'not rated yet' : GRADE_WORDS[indicator.manager]}
                </strong>
              </p>
              {indicator.flag && <p className="meeting-mode__flag">{FLAG_WORDS[indicator.flag]}</p>}
            </div>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setRevealed(true)}>
              Reveal the manager’s rating
            </button>
          )}
          {meeting.reviewStatus === 'draft' ? (
            <AgreeForm reviewId={meeting.reviewId} indicator={indicator} />
          ) : (
            <p>This review is completed: reopen it to record an agreed rating.</p>
          )}
          <AddActionForm
            homeId={meeting.homeId}
            link={{ kind: 'indicator', key: indicator.key }}
            source="team_meeting"
            origin={{ kind: 'review', id: meeting.reviewId }}
            context={`indicator ${indicator.number}`}
          />
        </>
      )}
    </div>
  );
}
