import { useEffect, useState, type FormEvent } from 'react';
import { QUESTION_SETS, type QuestionSet, type VoiceQuestion } from '@contract/voice';
import { SCALE_NAMES, SCALES, type Scale } from '@contract/voice-scales';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { SubmitButton } from '@shared/actions/FormBits';
import { SelectField } from '@shared/ui/SelectField';
import { TextArea } from '@shared/ui/TextArea';
import { handler } from '@shared/lib/background';
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
  const [set, setSet] = useState<QuestionSet>(question?.set ?? 'young');
  const [wording, setWording] = useState(question?.current.wording ?? '');
  const [scale, setScale] = useState<Scale>(question?.current.scale ?? 'f4');
  const [domainKey, setDomainKey] = useState(question?.current.domainKey ?? '');
  const { domains } = useHallmarks();
  const form = useFormProblems(p);
  const save = useVoiceSave('voice.saveQuestion', homeId);
  const editing = question !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-wording`)?.focus();
  }, [editing, p]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (wording.trim() === '') {
      form.show({ wording: 'Enter the question' });
      return;
    }
    try {
      await save.mutateAsync({ homeId, id: question?.id, set, wording, scale, domainKey: domainKey || null });
      form.clear();
      if (!editing) setWording('');
      onDone(editing ? 'Question changed. Answers already given keep the old words.' : 'Question added.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
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
          onChange={(v) => {
            setSet(v as QuestionSet);
            setScale(v === 'easy' ? 'faces3' : v === 'young' ? 'f4' : 'a5');
          }}
          error={form.errors.set}
        />
      )}
      <TextArea
        id={`${p}-wording`}
        label="The question"
        hint={
          set === 'young' || set === 'easy'
            ? 'Short, warm and plain: one idea, words a child uses.'
            : undefined
        }
        value={wording}
        onChange={setWording}
        error={form.errors.wording}
        rows={2}
      />
      <SelectField
        id={`${p}-scale`}
        label="How it is answered"
        value={scale}
        options={SCALES.map((s) => ({ value: s, label: SCALE_NAMES[s] }))}
        onChange={(v) => setScale(v as Scale)}
        error={form.errors.scale}
      />
      <SelectField
        id={`${p}-domainKey`}
        label="The hallmark it tells you about"
        value={domainKey}
        options={[
          { value: '', label: 'Overall (no single hallmark)' },
          ...domains.map((d) => ({ value: d.key, label: `${d.number}. ${d.title}` })),
        ]}
        onChange={setDomainKey}
        error={form.errors.domainKey}
      />
      <SubmitButton pending={save.isPending}>
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
