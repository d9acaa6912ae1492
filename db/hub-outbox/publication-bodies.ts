import type { PublicationBody } from '../../contract/hub/publication';
import type { ReviewDetail } from '../../contract/review';
import type { SccifArea } from '../../contract/framework';

const judgementOf = (detail: ReviewDetail, area: SccifArea) => {
  const found = detail.sccif?.find((s) => s.area === area);
  return { grade: found?.judgement ?? null, reason: found?.reason ?? '' };
};

/**
 * A signed-off review as the provider sees it: the ratings, the three judgements and their reasons, the
 * domains' judgements and reasons. Never who rated what. The evidence notes are here, and the outbox takes
 * them out again unless the home turned sending them on (see `withoutNotes`).
 */
export function reviewSignedOffBody(detail: ReviewDetail): PublicationBody {
  return {
    kind: 'review.signed_off',
    quarter: detail.quarter,
    signedOn: detail.signedOn ?? (detail.completedAt ?? '').slice(0, 10),
    overall: detail.overall,
    judgements: {
      experiencesAndProgress: judgementOf(detail, 'experiences'),
      helpedAndProtected: judgementOf(detail, 'protection'),
      leadersAndManagers: judgementOf(detail, 'leadership'),
    },
    domains: detail.domains.map((d) => ({ key: d.key, judgement: d.judgement, reason: d.rationale })),
    ratings: detail.indicators.map((i) => ({
      indicatorKey: i.key,
      domainKey: i.domainKey,
      rating: i.rating,
      ...(i.note.trim() ? { note: i.note } : {}),
    })),
  };
}

export interface ActionFacts {
  id: number;
  title: string;
  owner: string;
  due_on: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
}

export const actionSavedBody = (a: ActionFacts): PublicationBody => ({
  kind: 'action.saved',
  ref: a.id,
  title: a.title,
  owner: a.owner,
  dueOn: a.due_on,
  status: a.status,
});

/** A publication without any free-text evidence note: what every home sends unless it chose otherwise. */
export function withoutNotes(body: PublicationBody): PublicationBody {
  if (body.kind !== 'review.signed_off') return body;
  return { ...body, ratings: body.ratings.map(({ note: _note, ...rest }) => rest) };
}
