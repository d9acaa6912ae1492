import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ParsedInputOf } from '../../contract/operations';
import { todayIso } from '../../contract/rules/dates';
import { quarterLabel, quarterOf } from '../../contract/rules/quarters';
import { ServiceError } from '../../contract/result';
import type { IndicatorSaveReceipt, ReviewDetail, ReviewSummary, SaveReceipt } from '../../contract/review';
import { checkedSameProblem } from '../../contract/rules/checked-same';
import { recordsCeiling } from '../../contract/rules/records-say';
import { createCustomIndicators } from './custom-indicators';
import { notInFuture } from '../../contract/rules/not-in-future';
import type { Framework } from '../../contract/framework';
import { currentFramework as defaultFramework, frameworkByVersion as defaultByVersion } from '../framework';
import { completionRefusal, missingForCompletion } from '../../contract/rules/completion';
import { buildReviewDetail, listRowToSummary } from './review-detail';
import type { ReviewRow } from './review-rows';
import { createReviewsRepository } from './reviews-repository';
import { createReviewWrites } from './review-writes';
import { saveSccifJudgement } from './sccif-service';
import { createRecordsSay } from './records-say';
import { createQuarterChanges } from './quarter-changes';
import { SCCIF_AREAS } from '../../contract/rules/sccif';
import { createHubOutbox } from '../hub-outbox/outbox';
import { reviewSignedOffBody } from '../hub-outbox/publication-bodies';

const CUSTOM_OFFSET = 50;

/** The life of a quarterly review: start, answer, judge, complete, reopen. */
export interface ReviewServiceOptions {
  now?: () => Date;
  /** The framework new reviews use, and how to find the one an older review was made with. */
  frameworks?: { current: Framework; byVersion: (version: number) => Framework };
}

export function createReviewService(db: Database, options: ReviewServiceOptions = {}) {
  const now = options.now ?? (() => new Date());
  const { current: currentFramework, byVersion: frameworkByVersion } = options.frameworks ?? {
    current: defaultFramework,
    byVersion: defaultByVersion,
  };
  const repo = createReviewsRepository(db);
  const custom = createCustomIndicators(db);
  const recordsSay = createRecordsSay(db, frameworkByVersion, now);
  const changes = createQuarterChanges(db, frameworkByVersion, now);
  // Publishes to the provider's hub in the same transaction, for a connected home only.
  const outbox = createHubOutbox(db, now);

  function row(id: number): ReviewRow {
    const found = repo.byId.get(id);
    if (!found) throw new ServiceError('not_found', 'That review could not be found.');
    return found;
  }
  function draft(id: number): ReviewRow {
    const found = row(id);
    if (found.status !== 'draft') {
      throw new ServiceError(
        'conflict',
        'This review is completed, so it cannot be changed. Reopen it to make changes.',
      );
    }
    return found;
  }
  const detail = (id: number): ReviewDetail => buildReviewDetail(repo, row(id), frameworkByVersion);

  const start = db.transaction((homeId: number, quarter: string): number => {
    const existing = repo.byQuarter.get(homeId, quarter);
    if (existing) {
      throw new ServiceError(
        'conflict',
        `This home already has a review for ${quarterLabel(quarter)}. Open it from the list of reviews.`,
        { quarter: `Choose another quarter: there is already a review for ${quarterLabel(quarter)}.` },
      );
    }
    if (quarter > quarterOf(now())) {
      throw new ServiceError('invalid_input', `${quarterLabel(quarter)} has not started yet.`, {
        quarter: 'Choose this quarter or an earlier one.',
      });
    }
    const framework = currentFramework;
    const startedAt = now().toISOString();
    const reviewId = Number(
      repo.insert.run(homeId, quarter, framework.version, startedAt, startedAt).lastInsertRowid,
    );
    const homeCustom = custom.list(homeId);
    for (const domain of framework.domains) {
      repo.insertDomain.run(reviewId, domain.key);
      domain.indicators.forEach((indicator, i) =>
        repo.insertIndicator.run({
          reviewId,
          key: indicator.key,
          domainKey: domain.key,
          position: domain.number * 100 + i,
          customStatement: null,
        }),
      );
      homeCustom
        .filter((c) => c.domainKey === domain.key)
        .forEach((c, i) =>
          repo.insertIndicator.run({
            reviewId,
            key: c.key,
            domainKey: domain.key,
            position: domain.number * 100 + CUSTOM_OFFSET + i,
            customStatement: c.statement,
          }),
        );
    }
    if (framework.sccif) for (const area of SCCIF_AREAS) repo.insertJudgement.run(reviewId, area);
    repo.addEvent.run(reviewId, 'started', null, null, startedAt);
    return reviewId;
  });

  const writes = createReviewWrites(db, frameworkByVersion, now);

  return {
    list: (homeId: number): ReviewSummary[] => repo.listForHome.all(homeId).map(listRowToSummary),
    get: detail,
    start: (homeId: number, quarter: string) => detail(start(homeId, quarter)),

    ...writes,

    saveSummary(input: ParsedInputOf<'reviews.saveSummary'>): SaveReceipt {
      // From version 2 the overall is the experiences and progress judgement, saved with the other two.
      const found = row(input.reviewId);
      const sccif = frameworkByVersion(found.framework_version).sccif !== undefined;
      return writes.saveSummary(sccif ? { ...input, overall: found.overall } : input);
    },

    saveJudgement(input: ParsedInputOf<'reviews.saveJudgement'>): SaveReceipt {
      const found = draft(input.reviewId);
      return db.transaction(() => {
        saveSccifJudgement(db, detail(input.reviewId), frameworkByVersion(found.framework_version), input);
        return writes.touch(input.reviewId);
      })();
    },

    /**
     * "Same as last quarter, checked today" is checked here, against the last completed review and what
     * the records say now, so no request can carry a rating forward that the screen would not offer.
     */
    saveIndicator(input: ParsedInputOf<'reviews.saveIndicator'>): IndicatorSaveReceipt {
      if (input.checkedSame === true) {
        const found = row(input.reviewId);
        const previous = repo.previousCompleted.get(found.home_id, found.quarter);
        const before = previous
          ? repo.indicators.all(previous.id).find((i) => i.indicator_key === input.indicatorKey)
          : undefined;
        const problem = checkedSameProblem(
          input,
          before ? { rating: before.rating, note: before.note } : null,
          recordsCeiling(recordsSay(input.reviewId), input.indicatorKey),
        );
        if (problem) throw new ServiceError('invalid_input', problem, { checkedSame: problem });
      }
      return writes.saveIndicator(input, todayIso(now()));
    },

    setPosition(input: ParsedInputOf<'reviews.setPosition'>): SaveReceipt {
      row(input.reviewId);
      const inReview = repo.domains.all(input.reviewId).some((d) => d.domain_key === input.domainKey);
      const indicatorInDomain =
        input.indicatorKey === null ||
        repo.indicators
          .all(input.reviewId)
          .some((i) => i.indicator_key === input.indicatorKey && i.domain_key === input.domainKey);
      if (!inReview || !indicatorInDomain) {
        throw new ServiceError('invalid_input', 'That place is not part of this review.', {
          [inReview ? 'indicatorKey' : 'domainKey']: 'Choose a domain and indicator in this review',
        });
      }
      return writes.setPosition(input);
    },

    /**
     * "Your records say…": the records behind each indicator, as facts, with any ceiling they suggest;
     * and per domain, what those records show moved since last quarter.
     */
    records: (reviewId: number) => ({ facts: recordsSay(reviewId), changes: changes(reviewId) }),

    complete: db.transaction((input: ParsedInputOf<'reviews.complete'>): ReviewDetail => {
      draft(input.reviewId);
      const current = detail(input.reviewId);
      const missing = missingForCompletion(
        current,
        frameworkByVersion(current.frameworkVersion),
        recordsSay(input.reviewId),
      );
      if (missing.length > 0) {
        throw new ServiceError('invalid_input', completionRefusal(missing.length), undefined, missing);
      }
      notInFuture(input.signedOn, todayIso(now()), 'signedOn', 'date of sign-off');
      const at = now().toISOString();
      repo.complete.run({ ...input, at });
      repo.addEvent.run(input.reviewId, 'completed', input.signedByName, null, at);
      const signedOff = detail(input.reviewId);
      outbox.publish(signedOff.homeId, reviewSignedOffBody(signedOff));
      return signedOff;
    }),

    reopen: db.transaction((input: ParsedInputOf<'reviews.reopen'>): ReviewDetail => {
      const found = row(input.reviewId);
      if (found.status !== 'completed') {
        throw new ServiceError('conflict', 'This review is still a draft, so there is nothing to reopen.');
      }
      const at = now().toISOString();
      repo.reopen.run(at, input.reviewId);
      repo.addEvent.run(input.reviewId, 'reopened', input.byName, input.reason, at);
      outbox.publish(found.home_id, { kind: 'review.reopened', quarter: found.quarter });
      return detail(input.reviewId);
    }),

    /** Adds a home's own indicator; it joins the home's draft reviews and every later one, never completed ones. */
    addCustomIndicator: db.transaction((homeId: number, domainKey: string, statement: string) => {
      if (!currentFramework.domains.some((d) => d.key === domainKey)) {
        throw new ServiceError('invalid_input', 'Choose one of the eight domains.', {
          domainKey: 'Choose a domain.',
        });
      }
      const added = custom.add(homeId, domainKey, statement, now());
      const domainNumber = currentFramework.domains.find((d) => d.key === domainKey)!.number;
      for (const { id } of repo.draftsForHome.all(homeId)) {
        const max = repo.maxCustomPosition.get(id, domainKey)?.position ?? domainNumber * 100;
        repo.insertIndicator.run({
          reviewId: id,
          key: added.key,
          domainKey,
          position: Math.max(max + 1, domainNumber * 100 + CUSTOM_OFFSET),
          customStatement: statement,
        });
      }
      return added;
    }),
    listCustomIndicators: (homeId: number) => custom.list(homeId),
  };
}
