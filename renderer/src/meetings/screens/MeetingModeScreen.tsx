import '../meetings.css';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { reasonWords, type AgendaItem, type TeamMeeting } from '@contract/team-meeting';
import { FLAG_WORDS, GRADE_WORDS } from '@contract/rules/team-rules';
import { AddActionForm } from '@improvement/api';
import { formatIsoDate } from '@contract/rules/dates';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useInertOutside } from '@shared/hooks/useInertOutside';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useMeeting } from '../api';
import { AgreeForm } from '../components/AgreeForm';
import { ItemNoteForm } from '../components/ItemNoteForm';
import { SpreadView } from '../components/SpreadView';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

const FLAGS = new Set(['blind-spot', 'hidden-strength']);

/**
 * Why an item is on the agenda, as the shared screen may say it: until the manager's rating is revealed,
 * a blind spot or hidden strength says only that the two views differ, not which way.
 */
function shownReasons(item: AgendaItem, revealed: boolean): string {
  if (revealed || !item.reasons.some((r) => FLAGS.has(r))) return reasonWords(item).join('. ');
  const others = reasonWords({ ...item, reasons: item.reasons.filter((r) => !FLAGS.has(r)) });
  return [
    'The manager’s rating and the team’s differ: reveal the manager’s rating to see how',
    ...others,
  ].join('. ');
}

/**
 * Meeting mode: the whole window, large type, one agenda item at a time for a shared screen. The arrow
 * keys move between items (not while typing) and Escape leaves. Everything behind it is inert, so Tab
 * stays on the screen the room can see.
 */
export function MeetingModeScreen() {
  const reviewId = Number(useParams<{ id: string }>().id);
  const [, navigate] = useLocation();
  const meeting = useMeeting(reviewId);
  const [index, setIndex] = useState(0);
  const count = meeting.data?.items.length ?? 0;
  const screen = useRef<HTMLDivElement>(null);
  usePageTitle('Meeting mode');
  useInertOutside(screen);

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
    <div className="meeting-mode" role="region" aria-label="Meeting mode" ref={screen}>
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
      <p className="meeting-mode__reasons">{shownReasons(item, revealed)}</p>
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
                <strong>{indicator.own === null ? 'not rated yet' : GRADE_WORDS[indicator.own]}</strong>
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
        </>
      )}
      <ItemNoteForm reviewId={meeting.reviewId} item={item} />
      {!item.action && (
        <AddActionForm
          homeId={meeting.homeId}
          link={indicator ? { kind: 'indicator', key: indicator.key } : null}
          source="team_meeting"
          origin={{ kind: 'review', id: meeting.reviewId }}
          context={indicator ? `indicator ${indicator.number}` : `agenda item “${item.title.slice(0, 80)}”`}
        />
      )}
    </div>
  );
}
