import type { Framework } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { formatIsoDate } from '@shared/lib/dates';
import { CompletedBanner } from './CompletedBanner';
import { SummaryStepLayout } from './SummaryStepLayout';

/** A completed review's summary and sign-off, as text. */
export function SummaryReadOnly({ review, framework }: { review: ReviewDetail; framework: Framework }) {
  const rows: [string, string][] = [
    ['Strengths', review.strengths],
    ['Areas to improve', review.improvements],
    ['Overall judgement', review.overall === null ? 'Not decided' : framework.ratingLabels[review.overall]],
    ['Signed off by', [review.signedByName, review.signedByRole].filter(Boolean).join(', ')],
    ['Date of sign-off', review.signedOn ? formatIsoDate(review.signedOn) : ''],
  ];
  return (
    <SummaryStepLayout review={review} framework={framework} top={<CompletedBanner review={review} />}>
      <section className="section" aria-labelledby="summary-title">
        <h2 className="heading-l" id="summary-title">
          Summary
        </h2>
        <dl className="answer-list">
          {rows.map(([label, text]) => (
            <div className="answer-list__row" key={label}>
              <dt>{label}</dt>
              <dd className="long-text">{text.trim() ? text : 'Not recorded'}</dd>
            </div>
          ))}
        </dl>
      </section>
    </SummaryStepLayout>
  );
}
