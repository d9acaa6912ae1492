import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import type { RatingSheet, TeamRound } from '../../contract/team-rating';
import { frameworkByVersion } from '../framework';
import type { createHomesRepository } from '../homes/homes';
import { refuseOutsideLock } from '../locked-mode/lock-store';
import type { createReviewService } from '../reviews/review-service';
import { createRoundsRepository, ratingOnPhones, type RoundRecord } from './rounds-repository';
import { createStaffRepository } from './staff-repository';

type RatingOperations =
  'teamRound.get' | 'teamRound.open' | 'teamRound.close' | 'rating.sheet' | 'rating.submit';

/**
 * Private rating before a team meeting. On the locked screen only this round's sheet can be read and
 * added to; nothing here ever returns one person's ratings.
 */
export function createTeamRatingHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  reviews: ReturnType<typeof createReviewService>,
  now: () => Date = () => new Date(),
): Pick<Handlers, RatingOperations> {
  const rounds = createRoundsRepository(db);
  const staff = createStaffRepository(db);

  const toTeamRound = (round: RoundRecord): TeamRound => {
    const review = reviews.get(round.reviewId);
    return { ...round, homeId: review.homeId, quarter: review.quarter };
  };

  /**
   * On the locked screen, only the round and home it was locked for (the shared check the voice handlers
   * use). A round that does not exist belongs to no home, so a locked screen refuses it too.
   */
  function checkLockedTo(roundId: number) {
    const homeId = rounds.homeOf(roundId) ?? 0;
    return refuseOutsideLock(db, 'rating', homeId, (subjectId) => subjectId === roundId) !== null;
  }

  function sheetFor(round: RoundRecord): RatingSheet {
    const review = reviews.get(round.reviewId);
    const framework = frameworkByVersion(review.frameworkVersion);
    const chosen = (key: string) => round.domainKeys.length === 0 || round.domainKeys.includes(key);
    return {
      roundId: round.id,
      quarter: review.quarter,
      domains: framework.domains
        .filter((d) => chosen(d.key))
        .map((d) => ({
          key: d.key,
          number: d.number,
          title: d.title,
          indicators: review.indicators
            .filter((i) => i.domainKey === d.key)
            .map((i, index) => ({ key: i.key, number: `${d.number}.${index + 1}`, statement: i.statement })),
        })),
      staff: staff
        .list(review.homeId)
        .filter((m) => m.status === 'active')
        .map((m) => ({ id: m.id, name: m.name })),
    };
  }

  return {
    'teamRound.get': ({ reviewId }) => {
      reviews.get(reviewId);
      const round = rounds.forReview(reviewId);
      return round ? toTeamRound(round) : null;
    },
    'teamRound.open': ({ reviewId, domainKeys }) => {
      const review = reviews.get(reviewId);
      homes.get(review.homeId);
      const known = new Set(review.indicators.map((i) => i.domainKey));
      const unknown = domainKeys.find((k) => !known.has(k));
      if (unknown !== undefined) {
        throw new ServiceError('invalid_input', 'Choose domains from this review.', {
          domainKeys: 'Choose domains from this review',
        });
      }
      const chosen = [...new Set(domainKeys)];
      const existing = rounds.forReview(reviewId);
      // The phones' sheets were made with the domains chosen then: they stay, or the counts would not match.
      if (existing?.onPhones && [...chosen].sort().join() !== [...existing.domainKeys].sort().join()) {
        throw ratingOnPhones();
      }
      return toTeamRound(rounds.open(reviewId, chosen, now().toISOString()));
    },
    'teamRound.close': ({ roundId }) => toTeamRound(rounds.close(roundId, now().toISOString())),
    'rating.sheet': ({ roundId }) => {
      checkLockedTo(roundId);
      return sheetFor(rounds.get(roundId));
    },
    'rating.submit': (input) => {
      const locked = checkLockedTo(input.roundId);
      if (locked && input.fromPaper) {
        throw new ServiceError(
          'locked',
          'Answers from paper are typed in by the manager, not on this screen.',
        );
      }
      if (input.fromPaper && input.staffId !== null) {
        throw new ServiceError('invalid_input', 'A paper sheet carries no name: leave it anonymous.');
      }
      const round = rounds.get(input.roundId);
      // One way of rating at a time: a second sheet here would double-count a phone rater, and the
      // hub's threshold would see the phones alone.
      if (round.onPhones) throw ratingOnPhones();
      const sheet = sheetFor(round);
      if (input.staffId !== null && !sheet.staff.some((m) => m.id === input.staffId)) {
        throw new ServiceError('not_found', 'That person is not on the staff list.', {
          staffId: 'Choose someone on the staff list, or “Rather not say”',
        });
      }
      const expected = sheet.domains.flatMap((d) => d.indicators);
      const given = new Map(input.ratings.map((r) => [r.indicatorKey, r.rating]));
      const missing = expected.filter((i) => !given.has(i.key));
      if (missing.length > 0 || given.size !== input.ratings.length || given.size !== expected.length) {
        throw new ServiceError(
          'invalid_input',
          'Rate every indicator, or choose “Don’t know” where you cannot say.',
          Object.fromEntries(
            missing.map((i) => [i.key, `Rate indicator ${i.number}, or choose “Don’t know”`]),
          ),
        );
      }
      rounds.addSheet(input);
      return { finished: true as const };
    },
  };
}
