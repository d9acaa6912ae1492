import type { Handlers } from '../../contract/operations';
import type { createHomesRepository } from '../homes/homes';
import type { createReviewService } from './review-service';

type ReviewOperation = Extract<keyof Handlers, `reviews.${string}` | `customIndicators.${string}`>;

/** The quarterly self-assessment: the service's methods are bound directly where nothing is added. */
export function createReviewHandlers(
  homes: ReturnType<typeof createHomesRepository>,
  reviews: ReturnType<typeof createReviewService>,
): Pick<Handlers, ReviewOperation> {
  return {
    'reviews.list': ({ homeId }) => reviews.list(homes.get(homeId).id),
    'reviews.get': ({ id }) => reviews.get(id),
    'reviews.start': ({ homeId, quarter }) => reviews.start(homes.get(homeId).id, quarter),
    'reviews.saveIndicator': reviews.saveIndicator,
    'reviews.saveDomain': reviews.saveDomain,
    'reviews.saveSummary': reviews.saveSummary,
    'reviews.saveJudgement': reviews.saveJudgement,
    'reviews.setPosition': reviews.setPosition,
    'reviews.records': ({ reviewId }) => reviews.records(reviewId),
    'reviews.complete': reviews.complete,
    'reviews.reopen': reviews.reopen,
    'customIndicators.list': ({ homeId }) => reviews.listCustomIndicators(homes.get(homeId).id),
    'customIndicators.add': ({ homeId, domainKey, statement }) =>
      reviews.addCustomIndicator(homes.get(homeId).id, domainKey, statement),
  };
}
