import { useQuery } from '@tanstack/react-query';
import { formatIsoDate } from '@contract/rules/dates';
import { ratingLabel } from '@contract/rules/judgements';
import { quarterLabel } from '@contract/rules/quarters';
import { reasonWords, type AgendaItem } from '@contract/team-meeting';
import { invoke } from '@shared/api/client';
import { useImprovementList } from '@improvement/api';
import { useReviews } from '@review/api';
import { ActionsTable } from '../parts/ActionsTable';
import { PrintFrame } from '../parts/PrintFrame';
import { ReportCover } from '../parts/ReportCover';
import { meetingActions } from '../lib/actionGroups';
import { furnitureFor } from '../lib/furniture';
import { useReportData } from '../lib/useReportData';
import type { ReportProps } from './reportProps';

/** An indicator on the agenda with no rating agreed: in the minutes, the meeting did not reach it. */
const notDiscussed = (item: AgendaItem) => item.indicator !== undefined && item.indicator.agreed.length === 0;

function Item({ item, minutes }: { item: AgendaItem; minutes: boolean }) {
  const agreed = item.indicator?.agreed.at(-1);
  return (
    <li className="report-keep">
      <h3 className="report-h3 report-text">{item.title}</h3>
      <p>Why it is on the agenda: {reasonWords(item).join('; ')}.</p>
      {item.action && (
        <p>
          Action owner {item.action.owner}, due {formatIsoDate(item.action.dueOn)}.
        </p>
      )}
      {minutes && item.indicator && item.indicator.agreed.length > 0 && (
        <p className="report-text">
          {agreed && `Agreed rating: ${ratingLabel(agreed.rating)}. Reasoning: ${agreed.reasoning}`}
        </p>
      )}
    </li>
  );
}

/**
 * One review's team meeting on paper: the agenda before the meeting, the minutes after it (date,
 * who attended, each item's agreed rating and reasoning, notes and the actions added in meeting mode).
 * No one's private rating is printed: only the agreed ones.
 */
export function TeamMeetingPrint({ homeId, quarter }: ReportProps) {
  const data = useReportData(homeId, quarter, { review: false, framework: false });
  const reviews = useReviews(homeId);
  const review = reviews.data?.filter((r) => r.quarter === quarter).at(-1) ?? null;
  const meeting = useQuery({
    queryKey: ['meeting-for-print', review?.id ?? 0],
    queryFn: () => invoke('meeting.get', { reviewId: review!.id }),
    enabled: review !== null,
  });
  const actions = useImprovementList('actions.list', homeId);
  const m = meeting.data;
  const minutes = Boolean(m?.heldOn);
  const unavailable =
    reviews.data && !review
      ? `There is no review for ${quarterLabel(quarter)}, so no team meeting. Start the review, then print the agenda.`
      : null;
  const fromMeeting = review ? meetingActions(actions.data ?? [], review.id) : [];
  return (
    <PrintFrame
      report="team-meeting"
      furniture={furnitureFor(data.home, 'team-meeting', quarterLabel(quarter))}
      loading={
        data.loading || reviews.isPending || (review !== null && meeting.isPending) || actions.isPending
      }
      error={data.error ?? reviews.error ?? meeting.error ?? actions.error}
      unavailable={unavailable}
    >
      {data.home && m && (
        <div>
          <ReportCover
            home={data.home}
            title={minutes ? 'Team meeting minutes' : 'Team meeting agenda'}
            period={quarterLabel(quarter)}
            facts={[
              ['Meeting held', m.heldOn ? formatIsoDate(m.heldOn) : 'Not yet'],
              ['Review', m.reviewStatus === 'completed' ? 'Completed' : 'In progress'],
            ]}
          />
          {minutes && (
            <section className="report-section" aria-labelledby="tm-attendees">
              <h2 className="report-h2" id="tm-attendees">
                Who attended
              </h2>
              <p className="report-text">{m.attendees || 'Not recorded.'}</p>
            </section>
          )}
          <section className="report-section" aria-labelledby="tm-items">
            <h2 className="report-h2" id="tm-items">
              {minutes ? 'What was discussed and agreed' : 'Agenda'}
            </h2>
            {m.heldOn && m.items.some((i) => i.action) && (
              <p>
                Overdue actions are listed as they stood on {formatIsoDate(m.heldOn)}, the day of the meeting.
              </p>
            )}
            {m.items.length === 0 ? (
              <p>Nothing is on the agenda.</p>
            ) : (
              <ol>
                {(minutes ? m.items.filter((i) => !notDiscussed(i)) : m.items).map((item) => (
                  <Item key={item.id} item={item} minutes={minutes} />
                ))}
              </ol>
            )}
            {minutes && m.items.some(notDiscussed) && (
              // One line for the items the meeting did not reach, not a "No rating was agreed" each.
              <p>
                Not discussed:{' '}
                {m.items
                  .filter(notDiscussed)
                  .map((i) => i.indicator!.number)
                  .join(', ')}
                .
              </p>
            )}
          </section>
          {minutes && (
            <section className="report-section" aria-labelledby="tm-notes">
              <h2 className="report-h2" id="tm-notes">
                Notes and actions
              </h2>
              <p className="report-text">{m.notes || 'No notes recorded.'}</p>
              {fromMeeting.length === 0 ? (
                <p>No actions were added in this meeting.</p>
              ) : (
                <ActionsTable actions={fromMeeting} caption="Actions added in the meeting" />
              )}
            </section>
          )}
        </div>
      )}
    </PrintFrame>
  );
}
