import type { Framework } from '@contract/framework';
import { formatIsoDate } from '@contract/rules/dates';
import type { IndicatorAnswer } from '@contract/review';
import { indicatorElementId } from '../lib/indicatorFocus';
import { IndicatorHeading } from './IndicatorHeading';

/** A completed review's answer to one indicator, as text. */
export function IndicatorReadOnly({
  answer,
  number,
  framework,
}: {
  answer: IndicatorAnswer;
  number: string;
  framework: Framework;
}) {
  const sources = framework.evidenceSources.filter((s) => answer.sources.includes(s.key)).map((s) => s.label);
  if (answer.otherSource.trim()) sources.push(answer.otherSource);
  return (
    <section
      className="indicator indicator--read-only"
      id={indicatorElementId(answer.key)}
      aria-label={answer.statement}
    >
      <IndicatorHeading number={number} statement={answer.statement} custom={answer.custom} />
      <dl className="answer-list">
        <div className="answer-list__row">
          <dt>Rating</dt>
          <dd>
            {answer.rating === null ? 'Not rated' : framework.ratingLabels[answer.rating]}
            {answer.checkedSameOn &&
              `: same as last quarter, checked on ${formatIsoDate(answer.checkedSameOn)}`}
          </dd>
        </div>
        <div className="answer-list__row">
          <dt>Evidence note</dt>
          <dd className="long-text">{answer.note.trim() ? answer.note : 'No note'}</dd>
        </div>
        <div className="answer-list__row">
          <dt>Sources of evidence</dt>
          <dd>{sources.length > 0 ? sources.join('; ') : 'None recorded'}</dd>
        </div>
        {answer.discuss && (
          <div className="answer-list__row">
            <dt>Team discussion</dt>
            <dd>Flagged to discuss with the team</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
