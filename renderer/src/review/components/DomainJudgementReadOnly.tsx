import type { Framework } from '@contract/framework';
import type { DomainAnswer } from '@contract/review';

export function DomainJudgementReadOnly({
  answer,
  framework,
}: {
  answer: DomainAnswer;
  framework: Framework;
}) {
  return (
    <section className="judgement-panel" aria-labelledby="domain-judgement-title">
      <h2 className="heading-l" id="domain-judgement-title">
        Judgement for this domain
      </h2>
      <dl className="answer-list">
        <div className="answer-list__row">
          <dt>Judgement</dt>
          <dd>{answer.judgement === null ? 'Not decided' : framework.ratingLabels[answer.judgement]}</dd>
        </div>
        <div className="answer-list__row">
          <dt>Why</dt>
          <dd className="long-text">{answer.rationale.trim() ? answer.rationale : 'No reason recorded'}</dd>
        </div>
      </dl>
    </section>
  );
}
