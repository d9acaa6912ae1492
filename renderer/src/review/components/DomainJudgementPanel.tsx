import type { ReactNode } from 'react';
import type { Framework, FrameworkDomain } from '@contract/framework';
import type { Suggestion } from '@contract/rules/judgements';
import type { DomainAnswer } from '@contract/review';
import type { DomainValues } from '../api/useReviewSaves';
import { useAutosavedDraft } from '../autosave/useAutosavedDraft';
import { GRADE_ORDER } from '../lib/grades';
import { ChoiceRadios } from '@shared/ui/ChoiceRadios';
import { SaveStatus } from './SaveStatus';
import { SuggestionText } from './SuggestionText';
import { TextArea } from '@shared/ui/TextArea';
import { inBackground } from '@shared/lib/background';

interface Props {
  domain: FrameworkDomain;
  answer: DomainAnswer;
  framework: Framework;
  suggestion: Suggestion;
  onSave: (domainKey: string, values: DomainValues) => Promise<void>;
  /** Open actions for the domain and a way to add one. */
  actions?: ReactNode;
}

/** The manager's own judgement for the domain, with the app's suggestion beside it as a starting point. */
export function DomainJudgementPanel({ domain, answer, framework, suggestion, onSave, actions }: Props) {
  const draft = useAutosavedDraft(
    `domain-${domain.key}`,
    (): DomainValues => ({ judgement: answer.judgement, rationale: answer.rationale }),
    (values: DomainValues) => onSave(domain.key, values),
  );
  const { values, update } = draft;
  const flush = () => inBackground(draft.flush());
  const id = `domain-judgement-${domain.key}`;
  return (
    <section className="judgement-panel" aria-labelledby={`${id}-title`} onBlur={flush}>
      <h2 className="heading-l" id={`${id}-title`}>
        Your judgement for this domain
      </h2>
      <SuggestionText suggestion={suggestion} labels={framework.ratingLabels} />
      <p className="secondary-text">
        The suggestion is only a starting point: weigh the evidence as a whole and decide for yourself.
        {answer.previousJudgement !== null &&
          ` Last quarter you judged this domain ${framework.ratingLabels[answer.previousJudgement]}.`}
      </p>
      <ChoiceRadios
        id={id}
        legend={`Judgement for ${domain.title}`}
        choices={GRADE_ORDER.map((grade) => ({ value: grade, label: framework.ratingLabels[grade] }))}
        value={values.judgement}
        onChange={(judgement) => update({ judgement }, 'now')}
      />
      <TextArea
        id={`${id}-rationale`}
        label="Why you reached this judgement"
        hint="Say what the evidence shows, including what still needs to improve."
        value={values.rationale}
        onChange={(rationale) => update({ rationale }, 'soon')}
        onBlur={flush}
      />
      <SaveStatus state={draft.state} error={draft.error} onRetry={flush} />
      {actions}
    </section>
  );
}
