import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PhoneRater, PhoneRound } from '../../contract/hub/phone-round';
import type { RatingSheet, RatingTallies } from '../../contract/hub/rating';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { quarterLabel } from '../../contract/rules/quarters';
import type { TeamRound } from '../../contract/team-rating';
import { frameworkByVersion } from '../framework';
import type { createHomesRepository } from '../homes/homes';
import type { createReviewService } from '../reviews/review-service';
import { createTeamRatingHandlers } from '../team/team-rating-handlers';
import { createMeetingStore } from '../team/meeting-store';
import { createRoundsRepository } from '../team/rounds-repository';
import { createStaffRepository } from '../team/staff-repository';
import { type CredentialSeal, credentialSeal } from './credential-seal';
import { createHubOutbox } from './outbox';
import { phoneRoundTransport } from './phone-round-transport';

type PhoneRoundOperation = Extract<keyof Handlers, `phoneRound.${string}`>;
type Rating = 0 | 1 | 2 | 3 | 4;
const RATINGS: Rating[] = [0, 1, 2, 3, 4];

/**
 * Sheets in the app's round from the hub's tallies: sheet n takes each indicator's n-th rating, so every
 * indicator's counts, and the number of sheets, are exactly the hub's. The app only ever shows sheets as
 * counts, so nothing shown depends on how the ratings are grouped into sheets.
 */
export function sheetsFromTallies(tallies: RatingTallies, people: number) {
  const spread = Object.entries(tallies).map(([indicatorKey, counts]) => ({
    indicatorKey,
    ratings: RATINGS.flatMap((r) => Array<Rating>(counts[r]).fill(r)),
  }));
  if (spread.some((s) => s.ratings.length !== people)) {
    throw new ServiceError('conflict', 'The hub’s counts do not match the number of people who rated.');
  }
  return Array.from({ length: people }, (_, n) =>
    spread.map((s) => ({ indicatorKey: s.indicatorKey, rating: s.ratings[n]! })),
  );
}

/** Settings › Connect to a provider hub must be done first; without it nothing here talks to any hub. */
export function createPhoneRoundHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  reviews: ReturnType<typeof createReviewService>,
  now: () => Date,
  seal: CredentialSeal = credentialSeal(null),
  transport = phoneRoundTransport,
): Pick<Handlers, PhoneRoundOperation> {
  const outbox = createHubOutbox(db, now, seal);
  const rounds = createRoundsRepository(db);
  const staff = createStaffRepository(db);
  const meetings = createMeetingStore(db);
  const rating = createTeamRatingHandlers(db, homes, reviews, now);
  const stored = db.prepare<[number], { hub_round_id: string; links: string }>(
    'SELECT hub_round_id, links FROM hub_phone_rounds WHERE round_id = ?',
  );
  const remember = db.prepare(
    'INSERT INTO hub_phone_rounds (round_id, hub_round_id, links) VALUES (?, ?, ?)',
  );
  const forget = db.prepare('DELETE FROM hub_phone_rounds WHERE round_id = ?');
  const addRater = db.prepare('INSERT OR IGNORE INTO team_round_raters (round_id, staff_id) VALUES (?, ?)');

  function context(roundId: number) {
    const round = rounds.get(roundId);
    const review = reviews.get(round.reviewId);
    return { round, review, connection: outbox.connection(review.homeId) };
  }

  /** The sheet staff rate on this computer, with each domain's descriptors and the grades' meanings. */
  function sheetOf(roundId: number): RatingSheet {
    const { review } = context(roundId);
    const framework = frameworkByVersion(review.frameworkVersion);
    const onScreen = rating['rating.sheet']({ roundId });
    return {
      period: quarterLabel(review.quarter),
      gradeMeanings: framework.gradeMeanings,
      domains: onScreen.domains.map(({ key, number, title, indicators }) => ({
        key,
        number,
        title,
        descriptors: framework.domains.find((d) => d.key === key)!.grades,
        indicators,
      })),
    };
  }

  async function current(roundId: number): Promise<PhoneRound> {
    const { round, review, connection } = context(roundId);
    if (!connection)
      return { state: 'unavailable', reason: 'Connect this home to a provider hub in Settings first.' };
    const saved = stored.get(roundId);
    if (!saved) {
      return round.closed ? { state: 'unavailable', reason: 'Rating has ended.' } : { state: 'ready' };
    }
    const status = await transport.status(connection, saved.hub_round_id);
    const finished = new Set(status.finished);
    const names = new Map(staff.list(review.homeId).map((m) => [m.id, m.name]));
    const people: PhoneRater[] = (JSON.parse(saved.links) as { staffId: number; code: string }[]).map(
      (l) => ({
        staffId: l.staffId,
        name: names.get(l.staffId) ?? 'Someone who has left',
        code: l.code,
        link: `${new URL('/rate', connection.hubUrl).href}#${l.code}`,
        finished: finished.has(l.staffId),
      }),
    );
    return { state: 'open', people, finished: finished.size, invited: status.invited };
  }

  const toTeamRound = (roundId: number): TeamRound => {
    const round = rounds.get(roundId);
    const review = reviews.get(round.reviewId);
    return { ...round, homeId: review.homeId, quarter: review.quarter };
  };

  return {
    'phoneRound.get': ({ roundId }) => current(roundId),

    'phoneRound.open': async ({ roundId }) => {
      const { round, review, connection } = context(roundId);
      if (!connection)
        throw new ServiceError('conflict', 'Connect this home to a provider hub in Settings first.');
      if (round.closed) throw new ServiceError('conflict', 'Rating has ended for this meeting.');
      if (stored.get(roundId)) return current(roundId);
      // Phones are for a whole round: the hub's threshold then counts everyone who rated, and nobody
      // rates twice. A round already begun here or on paper carries on that way.
      if (round.sheets > 0) {
        throw new ServiceError(
          'conflict',
          `${round.sheets === 1 ? 'Someone has' : `${round.sheets} people have`} already rated for this meeting on this computer or on paper, so rating carries on that way: phones are for a round nobody has rated in yet.`,
        );
      }
      const people = staff.list(review.homeId).filter((m) => m.status === 'active');
      const { minRaters } = meetings.settings(review.homeId);
      if (people.length < minRaters) {
        throw new ServiceError(
          'conflict',
          `Rating on phones needs at least ${minRaters} people on the staff list, so nobody can be picked out.`,
        );
      }
      const opened = await transport.open(connection, {
        sheet: sheetOf(roundId),
        people: people.map((m) => ({ ref: m.id })),
        minRaters,
      });
      const links = opened.links.map((l) => ({ staffId: l.ref, code: l.code }));
      remember.run(roundId, opened.roundId, JSON.stringify(links));
      return current(roundId);
    },

    /**
     * Ends rating: the hub stops every link and hands back the counts (only with enough people); they
     * become this round's sheets and its named list, the round ends here, and the hub deletes the round.
     */
    'phoneRound.end': async ({ roundId }) => {
      const { round, connection } = context(roundId);
      const saved = stored.get(roundId);
      if (!connection || !saved)
        throw new ServiceError('conflict', 'No one is rating on their phone for this meeting.');
      const status = await transport.close(connection, saved.hub_round_id);
      // Rating that already ended here (the meeting recorded, the review signed off) takes no more
      // sheets: the phones' links are stopped and their counts left with the deleted round.
      const counted = round.closed ? null : status.tallies;
      db.transaction(() => {
        if (counted) {
          for (const ratings of sheetsFromTallies(counted, status.finished.length)) {
            rounds.addSheet({ roundId, staffId: null, fromPaper: false, ratings });
          }
        }
        // Who finished is the named list; with too few, not even that stays (nothing below the threshold).
        if (counted) for (const staffId of status.finished) addRater.run(roundId, staffId);
        rounds.close(roundId, now().toISOString());
        forget.run(roundId);
      })();
      await transport.remove(connection, saved.hub_round_id).catch(() => undefined);
      return toTeamRound(roundId);
    },
  };
}
