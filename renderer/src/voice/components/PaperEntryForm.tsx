import { ANSWERED_HOW, type ChildSet, type VoiceQuestion } from '@contract/voice';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { DateField } from '@shared/ui/DateField';
import { SubmitButton } from '@shared/actions/FormBits';
import { SelectField } from '@shared/ui/SelectField';
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
  const save = useVoiceSave('voice.savePaperSurvey', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      takenOn: '',
      how: 'alone' as (typeof ANSWERED_HOW)[number],
      answers: {} as Record<number, TypedAnswer>,
    },
    read: (v, check) => {
      const answers = answersList(questions, v.answers);
      // Without answers there is nothing to save: that is the one thing said.
      if (answers.length === 0) check.add([{ message: 'Enter at least one answer from the paper survey' }]);
      const d =
        answers.length === 0
          ? null
          : check.dates({ takenOn: { text: v.takenOn, what: 'the date it was filled in' } });
      return { homeId, set, takenOn: d?.takenOn ?? '', how: v.how, answers };
    },
    save: save.mutateAsync,
    // The date and how they answered stay: a pile of paper surveys is often from one day.
    after: (v) => ({ ...v, answers: {} }),
    savedMessage: () => 'Paper survey saved. Type in the next one, if there is one.',
    focusAfter: 'takenOn',
  });

  return (
    <form className="form no-print" noValidate onSubmit={form.onSubmit} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        Type in a filled-in paper survey
      </h2>
      <p>No name is recorded. Type the answers as the young person gave them; leave out any they missed.</p>
      {form.general && (
        <p className="error-message" role="alert">
          {form.general}
        </p>
      )}
      <DateField label="Date it was filled in" {...form.bind('takenOn')} />
      <SelectField
        id={`${p}-how`}
        label="How the young person answered"
        value={form.values.how}
        options={ANSWERED_HOW.map((h) => ({ value: h, label: ANSWERED_HOW_NAMES[h] }))}
        onChange={(v) => form.set('how')(v as typeof form.values.how)}
      />
      <QuestionnaireAnswers
        idPrefix={p}
        questions={questions}
        answers={form.values.answers}
        onChange={(id, a) => form.set('answers')({ ...form.values.answers, [id]: a })}
      />
      <SubmitButton pending={form.pending}>Save this paper survey</SubmitButton>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
