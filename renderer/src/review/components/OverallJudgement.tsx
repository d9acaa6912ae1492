import type { Framework, Grade } from '@contract/framework';
import type { OverallLimit, Suggestion } from '@contract/rules/judgements';
import { GRADE_ORDER } from '../lib/grades';
import { ChoiceRadios } from '@shared/ui/ChoiceRadios';
import { SuggestionText } from './SuggestionText';

interface Props {
  framework: Framework;
  suggestion: Suggestion;
  limit: OverallLimit;
  value: Grade | null;
  onChange: (grade: Grade) => void;
}

/** The overall judgement, with the suggestion and any limiting rule that caps it, said plainly. */
export function OverallJudgement({ framework, suggestion, limit, value, onChange }: Props) {
  const capped = limit.cap < 4;
  const reason = limit.reasons.join(' ');
  return (
    <section className="section" aria-labelledby="overall-title">
      <h2 className="heading-l" id="overall-title">
        Overall judgement
      </h2>
      <SuggestionText suggestion={suggestion} labels={framework.ratingLabels} />
      {capped && (
        <div className="warning-text">
          <p>
            <strong>A limiting rule applies. </strong>
            {reason}
          </p>
        </div>
      )}
      {value !== null && value > limit.cap && (
        <p className="error-message">
          The overall judgement saved earlier ({framework.ratingLabels[value]}) is better than the limiting
          rules now allow. Choose again.
        </p>
      )}
      <ChoiceRadios
        id="overall-judgement"
        legend="Your overall judgement for the home"
        hint="Think about children's experiences and progress as a whole, not just the average of the domains."
        choices={GRADE_ORDER.map((grade) => ({
          value: grade,
          label: framework.ratingLabels[grade],
          unavailable: grade > limit.cap ? 'Not available while the limiting rule applies.' : undefined,
        }))}
        value={value}
        onChange={onChange}
      />
    </section>
  );
}
