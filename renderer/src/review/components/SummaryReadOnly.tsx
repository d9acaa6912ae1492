import type { Framework, Grade } from '@contract/framework';
import type { ReviewDetail } from '@contract/review';
import { formatIsoDate } from '@contract/rules/dates';
import { CompletedBanner } from './CompletedBanner';
import { SummaryStepLayout } from './SummaryStepLayout';
import { NOT_RECORDED_V1, SCCIF_HEADINGS } from '../lib/sccifText';

type Row = [label: string, text: string];

/** A completed review's summary and sign-off, as text. */
export function SummaryReadOnly({ review, framework }: { review: ReviewDetail; framework: Framework }) {
  const label = (grade: Grade | null) => (grade === null ? 'Not decided' : framework.ratingLabels[grade]);
  const judgements: Row[] = review.sccif
    ? review.sccif.map((j) => [
        SCCIF_HEADINGS[j.area],
        j.reason.trim() ? `${label(j.judgement)}. Why changed: ${j.reason}` : label(j.judgement),
      ])
    : [
        ['Overall judgement', label(review.overall)],
        ...Object.values(SCCIF_HEADINGS).map((title): Row => [title, NOT_RECORDED_V1]),
      ];
  const rows: Row[] = [
    ['Strengths', review.strengths],
    ['Areas to improve', review.improvements],
    ['Staff-room summary (printed for the staff room wall)', review.staffRoomSummary],
    ...judgements,
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
