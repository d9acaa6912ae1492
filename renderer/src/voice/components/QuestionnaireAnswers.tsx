import type { VoiceQuestion } from '@contract/voice';
import { SCALE_CHOICES } from '@contract/voice-scales';
import { SelectField } from '@shared/ui/SelectField';
import { TextArea } from '@shared/ui/TextArea';

export interface TypedAnswer {
  choice: number | null;
  comment: string;
}

/**
 * A questionnaire typed in from paper: one compact choice (or a text box for a written answer) per question.
 * "Not answered" is always allowed, as it was on paper.
 */
export function QuestionnaireAnswers({
  idPrefix,
  questions,
  answers,
  onChange,
}: {
  idPrefix: string;
  questions: VoiceQuestion[];
  answers: Record<number, TypedAnswer>;
  onChange: (versionId: number, answer: TypedAnswer) => void;
}) {
  return (
    <>
      {questions.map((q, i) => {
        const a = answers[q.current.id] ?? { choice: null, comment: '' };
        const id = `${idPrefix}-q${q.current.id}`;
        const label = `${i + 1}. ${q.current.wording}`;
        return q.current.scale === 'open' ? (
          <TextArea
            key={q.id}
            id={id}
            label={label}
            value={a.comment}
            onChange={(comment) => onChange(q.current.id, { ...a, comment })}
            rows={2}
          />
        ) : (
          <SelectField
            key={q.id}
            id={id}
            label={label}
            value={a.choice === null ? '' : String(a.choice)}
            options={[
              { value: '', label: 'Not answered' },
              ...SCALE_CHOICES[q.current.scale].map((c) => ({ value: String(c.value), label: c.label })),
            ]}
            onChange={(v) => onChange(q.current.id, { ...a, choice: v === '' ? null : Number(v) })}
          />
        );
      })}
    </>
  );
}

export const answersList = (questions: VoiceQuestion[], answers: Record<number, TypedAnswer>) =>
  questions
    .map((q) => ({
      questionVersionId: q.current.id,
      ...(answers[q.current.id] ?? { choice: null, comment: '' }),
    }))
    .filter((a) => a.choice !== null || a.comment.trim() !== '');
