import type { Database } from 'better-sqlite3-multiple-ciphers';
import { indicatorReasons, orderAgenda, overdueOn, ownRating } from '../../contract/rules/agenda-rules';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import type { AgendaItem, TeamMeeting } from '../../contract/team-meeting';
import { managerFlag, spreadOf, spreadShown } from '../../contract/rules/team-rules';
import type { Rating } from '../../contract/framework';
import { frameworkByVersion } from '../framework';
import { createActionsRepository } from '../improvement/actions-repository';
import { todayIso } from '../../contract/rules/dates';
import type { createReviewService } from '../reviews/review-service';
import { teamAgreement } from './agreement';
import { createMeetingStore } from './meeting-store';
import { createRoundsRepository } from './rounds-repository';

const inRound = (domainKeys: string[], key: string) => domainKeys.length === 0 || domainKeys.includes(key);

type MeetingOperations =
  | 'meeting.get'
  | 'meeting.saveAgenda'
  | 'meeting.saveSettings'
  | 'meeting.agree'
  | 'meeting.record'
  | 'meeting.itemNote'
  | 'meeting.agreement'
  | 'meeting.list'
  | 'meeting.held';

/** The team meeting: its agenda, the spreads and flags per indicator, agreed ratings and the record. */
export function createTeamMeetingHandlers(
  db: Database,
  reviews: ReturnType<typeof createReviewService>,
  now: () => Date = () => new Date(),
): Pick<Handlers, MeetingOperations> {
  const store = createMeetingStore(db);
  const rounds = createRoundsRepository(db);
  const actions = createActionsRepository(db, now);

  function meeting(reviewId: number): TeamMeeting {
    const review = reviews.get(reviewId);
    const framework = frameworkByVersion(review.frameworkVersion);
    const settings = store.settings(review.homeId);
    const round = rounds.forReview(reviewId);
    const tallies = round ? rounds.tallies(round.id) : new Map<string, number[]>();
    const agreed = store.agreedByIndicator(reviewId);
    const saved = store.get(reviewId);

    const indicators = review.indicators.map((i) => {
      const domain = framework.domains.find((d) => d.key === i.domainKey);
      const position = review.indicators.filter((o) => o.domainKey === i.domainKey).indexOf(i) + 1;
      // While rating is open the tallies are empty: only how many have rated is known.
      const ratings = (tallies.get(i.key) ?? []) as Rating[];
      const rated = round && !round.closed && inRound(round.domainKeys, i.domainKey) ? round.sheets : 0;
      const spread = spreadShown(ratings.length, settings.minRaters) ? spreadOf(ratings) : null;
      const agreements = agreed.get(i.key) ?? [];
      // The flag compares the manager's own rating, so agreeing with the team never hides what was found.
      const own = ownRating(i.rating, agreements);
      return {
        key: i.key,
        number: `${domain?.number ?? '?'}.${position}`,
        statement: i.statement,
        manager: i.rating,
        own,
        previous: i.previous?.rating ?? null,
        raters: round?.closed ? ratings.length : rated,
        spread,
        flag: managerFlag(own, spread?.median ?? null, settings.flagMargin),
        agreed: agreements,
        discuss: i.discuss,
      };
    });
    const reasons = indicatorReasons(
      indicators.map((i) => ({
        key: i.key,
        discuss: i.discuss,
        rating: i.manager,
        previous: i.previous,
        agreed: i.agreed.at(-1)?.rating ?? null,
        spread: i.spread,
        flag: i.flag,
      })),
    );
    // A meeting already held lists what was overdue on its day; one still to come, what is overdue today.
    const heldOn = saved.heldOn;
    const note = (id: string) => saved.itemNotes[id] ?? '';
    const overdue: AgendaItem[] = actions
      .list(review.homeId, todayIso(now()))
      .filter((a) => (heldOn ? overdueOn(a, heldOn) : a.overdue))
      .map((a) => ({
        id: `action:${a.id}`,
        reasons: ['overdue'],
        title: a.title,
        note: note(`action:${a.id}`),
        action: { id: a.id, owner: a.owner, dueOn: a.dueOn },
      }));
    const discussed: AgendaItem[] = indicators
      .filter((i) => reasons.has(i.key) || i.agreed.length > 0)
      .map(({ discuss: _discuss, ...indicator }) => ({
        id: `indicator:${indicator.key}`,
        reasons: reasons.get(indicator.key) ?? [],
        title: `${indicator.number} ${indicator.statement}`,
        note: note(`indicator:${indicator.key}`),
        indicator,
      }));
    const added: AgendaItem[] = saved.added.map((text, n) => ({
      id: `added:${n}`,
      reasons: ['added'],
      title: text,
      note: note(`added:${n}`),
    }));
    // Blind spots and hidden strengths lead the agenda: finding them is what the meeting is for.
    const flagged = discussed.filter((i) => i.indicator?.flag);
    const rest = discussed.filter((i) => !i.indicator?.flag);
    return {
      reviewId,
      homeId: review.homeId,
      quarter: review.quarter,
      reviewStatus: review.status,
      round: round ? { ...round, homeId: review.homeId, quarter: review.quarter } : null,
      settings,
      items: orderAgenda([...flagged, ...overdue, ...rest, ...added], saved.order, (i) =>
        Boolean(i.indicator?.flag),
      ),
      heldOn: saved.heldOn,
      attendees: saved.attendees,
      notes: saved.notes,
    };
  }

  return {
    'meeting.get': ({ reviewId }) => meeting(reviewId),
    // The order and the added items are saved together or not at all.
    'meeting.saveAgenda': ({ reviewId, order, added }) =>
      db.transaction(() => {
        reviews.get(reviewId);
        store.saveAgenda(reviewId, order, added);
        return meeting(reviewId);
      })(),
    'meeting.saveSettings': ({ reviewId, minRaters, flagMargin }) => {
      // The settings are the home's: every meeting of the home uses them.
      const { homeId } = reviews.get(reviewId);
      store.saveSettings(homeId, minRaters, flagMargin);
      return store.settings(homeId);
    },
    'meeting.agree': ({ reviewId, indicatorKey, rating, reasoning }) => {
      const review = reviews.get(reviewId);
      if (review.status !== 'draft') {
        throw new ServiceError('conflict', 'This review is completed. Reopen it to record an agreed rating.');
      }
      if (!review.indicators.some((i) => i.key === indicatorKey)) {
        throw new ServiceError('not_found', 'That indicator is not in this review.');
      }
      store.agree(reviewId, indicatorKey, rating, reasoning, now().toISOString());
      return meeting(reviewId);
    },
    'meeting.agreement': ({ homeId }) =>
      teamAgreement({
        reviews: reviews.list(homeId),
        detail: reviews.get,
        roundFor: rounds.forReview,
        sheets: rounds.sheets,
        minRaters: store.settings(homeId).minRaters,
      }),
    'meeting.list': ({ homeId }) =>
      [...reviews.list(homeId)]
        .sort((a, b) => a.quarter.localeCompare(b.quarter))
        .map((summary) => meeting(summary.id)),
    'meeting.held': ({ homeId }) => store.heldForHome(homeId),
    'meeting.itemNote': ({ reviewId, itemId, note }) => {
      const current = meeting(reviewId);
      if (!current.items.some((i) => i.id === itemId)) {
        throw new ServiceError('not_found', 'That item is no longer on the agenda.');
      }
      store.saveItemNote(reviewId, itemId, note);
      return meeting(reviewId);
    },
    'meeting.record': ({ reviewId, heldOn, attendees, notes }) => {
      reviews.get(reviewId);
      if (heldOn > todayIso(now())) {
        throw new ServiceError('invalid_input', 'The meeting date cannot be in the future.', {
          heldOn: 'Enter a date that is today or earlier',
        });
      }
      store.saveRecord(reviewId, heldOn, attendees, notes);
      return meeting(reviewId);
    },
  };
}
