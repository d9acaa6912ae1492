import { useState, type FormEvent } from 'react';
import { ANSWERED_HOW, type ChildSet, type VoiceQuestion } from '@contract/voice';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { DateField } from '@shared/ui/DateField';
import { SubmitButton } from '@shared/actions/FormBits';
import { SelectField } from '@shared/ui/SelectField';
import { handler } from '@shared/lib/background';
import { ANSWERED_HOW_NAMES } from '../lib/labels';
import { useVoiceSave } from '../api/voiceApi';
import { answersList, QuestionnaireAnswers, type TypedAnswer } from './QuestionnaireAnswers';

/** Types in one filled-in paper survey; it counts the same as one answered on screen. */
export function PaperEntryForm({
  homeId,
  set,
  questions,
}: {
  homeId: number;
  set: ChildSet;
  questions: VoiceQuestion[];
}) {
  const p = 'paper';
  const [takenOn, setTakenOn] = useState('');
  const [how, setHow] = useState<(typeof ANSWERED_HOW)[number]>('alone');
  const [answers, setAnswers] = useState<Record<number, TypedAnswer>>({});
  const [message, setMessage] = useState('');
  const form = useFormProblems(p);
  const save = useVoiceSave('voice.savePaperSurvey', homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const typed = answersList(questions, answers);
    if (typed.length === 0) {
      form.fail([{ message: 'Enter at least one answer from the paper survey' }]);
      return;
    }
    const d = form.readDates({ takenOn: { text: takenOn, what: 'the date it was filled in' } });
    if (!d) return;
    try {
      await save.mutateAsync({ homeId, set, takenOn: d.takenOn!, how, answers: typed });
      form.clear();
      setAnswers({});
      setMessage('Paper survey saved. Type in the next one, if there is one.');
      document.getElementById(`${p}-takenOn`)?.focus();
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form no-print" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        Type in a filled-in paper survey
      </h2>
      <p>No name is recorded. Type the answers as the young person gave them; leave out any they missed.</p>
      {form.general && (
        <p className="error-message" role="alert">
          {form.general}
        </p>
      )}
      <DateField
        id={`${p}-takenOn`}
        label="Date it was filled in"
        value={takenOn}
        onChange={setTakenOn}
        error={form.errors.takenOn}
      />
      <SelectField
        id={`${p}-how`}
        label="How the young person answered"
        value={how}
        options={ANSWERED_HOW.map((h) => ({ value: h, label: ANSWERED_HOW_NAMES[h] }))}
        onChange={(v) => setHow(v as typeof how)}
      />
      <QuestionnaireAnswers
        idPrefix={p}
        questions={questions}
        answers={answers}
        onChange={(id, a) => setAnswers({ ...answers, [id]: a })}
      />
      <SubmitButton pending={save.isPending}>Save this paper survey</SubmitButton>
      <p className="status-message" role="status">
        {message}
      </p>
    </form>
  );
}
