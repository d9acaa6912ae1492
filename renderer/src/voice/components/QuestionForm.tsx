import { useEffect } from 'react';
import { QUESTION_SETS, type QuestionSet, type VoiceQuestion } from '@contract/voice';
import { SCALE_NAMES, SCALES, type Scale } from '@contract/voice-scales';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { SubmitButton } from '@shared/actions/FormBits';
import { SelectField } from '@shared/ui/SelectField';
import { TextArea } from '@shared/ui/TextArea';
import { SET_NAMES } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';
import { useVoiceSave } from '../api/voiceApi';

/** Adds a question, or changes one: a change is a new version, so answers already given keep their words. */
export function QuestionForm({
  homeId,
  question,
  onDone,
}: {
  homeId: number;
  question?: VoiceQuestion;
  onDone: (message: string) => void;
}) {
  const p = question ? `question-${question.id}` : 'question';
  const { domains } = useHallmarks();
  const save = useVoiceSave('voice.saveQuestion', homeId);
  const editing = question !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-wording`)?.focus();
  }, [editing, p]);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      set: question?.set ?? ('young' as QuestionSet),
      wording: question?.current.wording ?? '',
      scale: question?.current.scale ?? ('f4' as Scale),
      domainKey: question?.current.domainKey ?? '',
    },
    read: ({ set, wording, scale, domainKey }, check) => {
      check.found({ wording: wording.trim() === '' ? 'Enter the question' : undefined });
      return { homeId, id: question?.id, set, wording, scale, domainKey: domainKey || null };
    },
    save: save.mutateAsync,
    after: editing ? 'keep' : (v) => ({ ...v, wording: '' }),
    onSaved: () =>
      onDone(editing ? 'Question changed. Answers already given keep the old words.' : 'Question added.'),
  });
  const { set } = form.values;

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        {editing ? 'Change this question' : 'Add a question'}
      </h2>
      {form.general && <p className="error-message">{form.general}</p>}
      {!editing && (
        <SelectField
          id={`${p}-set`}
          label="Who it is for"
          value={set}
          options={QUESTION_SETS.map((s) => ({ value: s, label: SET_NAMES[s] }))}
          onChange={(v) =>
            form.setValues((now) => ({
              ...now,
              set: v as QuestionSet,
              scale: v === 'easy' ? 'faces3' : v === 'young' ? 'f4' : 'a5',
            }))
          }
          error={form.errors.set}
        />
      )}
      <TextArea
        label="The question"
        hint={
          set === 'young' || set === 'easy'
            ? 'Short, warm and plain: one idea, words a child uses.'
            : undefined
        }
        rows={2}
        {...form.bind('wording')}
      />
      <SelectField
        id={`${p}-scale`}
        label="How it is answered"
        value={form.values.scale}
        options={SCALES.map((s) => ({ value: s, label: SCALE_NAMES[s] }))}
        onChange={(v) => form.set('scale')(v as Scale)}
        error={form.errors.scale}
      />
      <SelectField
        id={`${p}-domainKey`}
        label="The hallmark it tells you about"
        value={form.values.domainKey}
        options={[
          { value: '', label: 'Overall (no single hallmark)' },
          ...domains.map((d) => ({ value: d.key, label: `${d.number}. ${d.title}` })),
        ]}
        onChange={form.set('domainKey')}
        error={form.errors.domainKey}
      />
      <SubmitButton pending={form.pending}>
        {editing ? 'Save the new wording' : 'Add the question'}
      </SubmitButton>
      {editing && (
        <button type="button" className="button-link" onClick={() => onDone('')}>
          Cancel
        </button>
      )}
    </form>
  );
}
