import { z } from 'zod';
import {
  addCustomIndicatorInput,
  completeReviewInput,
  id,
  quarter,
  reopenReviewInput,
  saveDomainInput,
  saveJudgementInput,
  saveIndicatorInput,
  saveSummaryInput,
  type CustomIndicator,
  type ReviewDetail,
  type IndicatorSaveReceipt,
  type ReviewSummary,
  type SaveReceipt,
} from '../review';
import type { DomainChanges } from '../rules/quarter-changes';
import type { RecordFact } from '../rules/records-say';
import { read, write } from './op';

/** The quarterly self-assessment: reviews, their autosaves and sign-off, and custom indicators. */
export const reviewOperations = {
  'reviews.list': read<ReviewSummary[]>()(z.strictObject({ homeId: id })),
  'reviews.get': read<ReviewDetail>()(z.strictObject({ id })),
  'reviews.start': write<ReviewDetail>()(z.strictObject({ homeId: id, quarter })),
  'reviews.saveIndicator': write<IndicatorSaveReceipt>()(saveIndicatorInput),
  'reviews.saveDomain': write<SaveReceipt>()(saveDomainInput),
  'reviews.saveSummary': write<SaveReceipt>()(saveSummaryInput),
  'reviews.saveJudgement': write<SaveReceipt>()(saveJudgementInput),
  'reviews.setPosition': write<SaveReceipt>()(
    z.strictObject({
      reviewId: id,
      domainKey: z.string().max(80),
      indicatorKey: z.string().max(80).nullable(),
    }),
  ),
  'reviews.records': read<{ facts: RecordFact[]; changes: DomainChanges[] }>()(
    z.strictObject({ reviewId: id }),
  ),
  'reviews.complete': write<ReviewDetail>()(completeReviewInput),
  'reviews.reopen': write<ReviewDetail>()(reopenReviewInput),
  'customIndicators.list': read<CustomIndicator[]>()(z.strictObject({ homeId: id })),
  'customIndicators.add': write<CustomIndicator>()(addCustomIndicatorInput),
} as const;
