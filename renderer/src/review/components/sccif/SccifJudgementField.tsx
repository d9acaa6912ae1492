import { useState } from 'react';
import type { Framework, Grade } from '@contract/framework';
import type { SccifAnswer } from '@contract/review';
import type { ExperiencesCap, SccifSuggestion } from '@contract/rules/sccif';
import { reasonAsked } from '@contract/rules/safety-first';
import { messageOf } from '@shared/api/ApiError';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { problemsFrom } from '@shared/lib/formProblems';
import { ChoiceRadios } from '@shared/ui/ChoiceRadios';
import { TextArea } from '@shared/ui/TextArea';
import { inBackground } from '@shared/lib/background';
import { gradeChoices, GRADE_ORDER } from '../../lib/grades';
import { SCCIF_HEADINGS } from '../../lib/sccifText';

interface Props {
  answer: SccifAnswer;
  framework: Framework;
  suggestion: SccifSuggestion;
  /** For overall experiences and progress only: the limit the other two judgements set. */
  cap?: ExperiencesCap;
  /** Helped and protected as confirmed, or as suggested while unconfirmed. */
  protection: Grade | null;
  /** For leaders and managers only: the question asked while helped and protected is below Good. */
  prompt?: string | null;
  onSave: (judgement: Grade | null, reason: string) => Promise<void>;
}

/** One of the three SCCIF judgements: the suggestion and why, the manager's choice, and a reason if changed. */
export function SccifJudgementField({
  answer,
  framework,
  suggestion,
  cap,
  protection,
  prompt,
  onSave,
}: Props) {
  const [judgement, setJudgement] = useState(answer.judgement);
  const [reason, setReason] = useState(answer.reason);
  const { errors, fail, clear } = useFormProblems();
  const [status, setStatus] = useState('');
  // The limiting rules can move this judgement on the server (helped and protected falling to Inadequate):
  // follow the saved value when it changes, adjusting state during render rather than in an effect.
  const [savedJudgement, setSavedJudgement] = useState(answer.judgement);
  if (answer.judgement !== savedJudgement) {
    setSavedJudgement(answer.judgement);
    setJudgement(answer.judgement);
  }

  const id = `sccif-${answer.area}`;
  const askFor = (grade: Grade | null) =>
    reasonAsked({
      area: answer.area,
      judgement: grade,
      suggested: suggestion.grade,
      inadequateLikely: suggestion.inadequateLikely,
      protection,
    });
  const asked = askFor(judgement);
  async function save(next: Grade | null, nextReason: string) {
    setStatus('Saving…');
    try {
      await onSave(next, nextReason);
      clear();
      setStatus('Saved');
    } catch (error) {
      // Problems of a field show beside it; anything else is said in the status line.
      const beside = problemsFrom(error).filter((p) => p.field);
      if (beside.length > 0) fail(beside);
      else clear();
      setStatus(beside.length > 0 ? 'Not saved' : messageOf(error));
    }
  }

  return (
    <section className="sccif-judgement" aria-labelledby={`${id}-title`}>
      <h3 className="heading-m" id={`${id}-title`}>
        {SCCIF_HEADINGS[answer.area]}
      </h3>
      <p className="suggestion" aria-live="polite">
        <strong>
          {suggestion.grade === null
            ? 'No suggestion yet'
            : `Suggested: ${framework.ratingLabels[suggestion.grade]}`}
        </strong>
        {' — '}
        {suggestion.reasons.join(' ')}
      </p>
      {suggestion.warnings.map((warning) => (
        <div className="warning-text" key={warning}>
          <p>
            <strong>Warning: </strong>
            {warning}
          </p>
        </div>
      ))}
      {prompt && (
        <div className="warning-text" data-testid="monitoring-prompt">
          <p>
            <strong>Your own monitoring: </strong>
            {prompt}
          </p>
        </div>
      )}
      {cap && cap.cap < 4 && (
        <div className="warning-text" data-testid="limiting-rule">
          <p>
            <strong>A limiting rule applies. </strong>
            {cap.reasons.join(' ')}
          </p>
        </div>
      )}
      {answer.previous !== null && (
        <p className="secondary-text">Last quarter: {framework.ratingLabels[answer.previous]}.</p>
      )}
      {errors.judgement && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {errors.judgement}
        </p>
      )}
      <ChoiceRadios
        id={id}
        legend={`Your judgement: ${SCCIF_HEADINGS[answer.area].toLowerCase()}`}
        legendClassName="choice-group__legend"
        choices={gradeChoices(framework, GRADE_ORDER).map((choice) => ({
          ...choice,
          value: choice.value as Grade,
          unavailable:
            cap && choice.value > cap.cap ? 'Not available while the limiting rule applies.' : undefined,
        }))}
        value={judgement}
        onChange={(grade) => {
          setJudgement(grade);
          // A change from the suggestion is saved once its reason is written; the other questions are
          // asked beside the saved judgement and must be answered before sign-off.
          if (askFor(grade)?.kind === 'changed' && !reason.trim()) {
            setStatus('Say why you changed the suggestion; it is saved when you leave the box.');
          } else inBackground(save(grade, reason));
        }}
      />
      {(asked || reason.trim() !== '' || errors.reason) && (
        <TextArea
          id={`${id}-reason`}
          label={asked?.label ?? 'Why you changed the suggestion'}
          hint={asked?.hint ?? 'Say what the evidence shows that the suggestion does not.'}
          error={errors.reason}
          value={reason}
          onChange={setReason}
          onBlur={() => inBackground(save(judgement, reason))}
        />
      )}
      <p className="save-status" role="status">
        {status}
      </p>
    </section>
  );
}
