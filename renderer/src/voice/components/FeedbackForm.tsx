import { useState, type FormEvent } from 'react';
import { FEEDBACK_GROUPS, FEEDBACK_HOW, type FeedbackGroup, type VoiceQuestion } from '@contract/voice';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { DateField, SubmitButton } from '@shared/actions/FormBits';
import { SelectField } from '@shared/ui/SelectField';
import { TextArea } from '@shared/ui/TextArea';
import { TextField } from '@shared/ui/TextField';
import { handler } from '@shared/lib/background';
import { GROUP_NAMES, HOW_NAMES } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';
import { useVoiceSave } from '@shared/voice/voiceApi';
import { answersList, QuestionnaireAnswers, type TypedAnswer } from './QuestionnaireAnswers';
import { LinkPicker } from './LinkPicker';

/** Records one person's view: from whom (by role), when, how, what they said and what it concerns. */
export function FeedbackForm({
  homeId,
  questions,
  onSaved,
}: {
  homeId: number;
  questions: VoiceQuestion[];
  onSaved: (message: string) => void;
}) {
  const p = 'feedback';
  const [group, setGroup] = useState<FeedbackGroup>('parents');
  const [role, setRole] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [how, setHow] = useState<(typeof FEEDBACK_HOW)[number]>('call');
  const [said, setSaid] = useState('');
  const [domains, setDomains] = useState<string[]>([]);
  const [indicators, setIndicators] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Record<number, TypedAnswer>>({});
  const { domains: hallmarks } = useHallmarks();
  const form = useFormProblems(p);
  const save = useVoiceSave('voice.saveFeedback', homeId);
  const groupQuestions = questions.filter((q) => q.set === group && q.retiredOn === null);
  const typed = answersList(groupQuestions, answers);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const d = form.readDates(
      { receivedOn: { text: receivedOn, what: 'the date you received it' } },
      said.trim() === '' && typed.length === 0 ? { said: 'Enter what was said' } : {},
    );
    if (!d) return;
    try {
      await save.mutateAsync({
        homeId,
        group,
        role,
        receivedOn: d.receivedOn!,
        how,
        said,
        domains,
        indicators,
        answers: typed,
      });
      form.clear();
      setRole('');
      setReceivedOn('');
      setSaid('');
      setDomains([]);
      setIndicators([]);
      setAnswers({});
      onSaved(`Feedback from ${GROUP_NAMES[group].toLowerCase()} recorded.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  const e = form.errors;
  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`}>
        Record someone’s views
      </h2>
      {form.general && <p className="error-message">{form.general}</p>}
      <SelectField
        id={`${p}-group`}
        label="Who it is from"
        value={group}
        options={FEEDBACK_GROUPS.map((g) => ({ value: g, label: GROUP_NAMES[g] }))}
        onChange={(v) => setGroup(v as FeedbackGroup)}
      />
      <TextField
        id={`${p}-role`}
        label="Their role (optional)"
        hint="For example: mother, social worker, night staff. A name is not needed."
        value={role}
        onChange={setRole}
        error={e.role}
        width="medium"
      />
      <DateField
        id={`${p}-receivedOn`}
        label="Date you received it"
        value={receivedOn}
        onChange={setReceivedOn}
        error={e.receivedOn}
      />
      <SelectField
        id={`${p}-how`}
        label="How it came"
        value={how}
        options={FEEDBACK_HOW.map((h) => ({ value: h, label: HOW_NAMES[h] }))}
        onChange={(v) => setHow(v as typeof how)}
      />
      <TextArea id={`${p}-said`} label="What they said" value={said} onChange={setSaid} error={e.said} />
      <fieldset className="choice-group">
        <legend className="choice-group__legend">The hallmarks it concerns (optional)</legend>
        <div className="choice-group__items voice-checkboxes">
          {hallmarks.map((d) => (
            <div className="checkbox" key={d.key}>
              <input
                type="checkbox"
                className="checkbox__input"
                id={`${p}-domain-${d.key}`}
                checked={domains.includes(d.key)}
                onChange={(ev) =>
                  setDomains(ev.target.checked ? [...domains, d.key] : domains.filter((k) => k !== d.key))
                }
              />
              <label className="checkbox__label" htmlFor={`${p}-domain-${d.key}`}>
                {d.number}. {d.title}
              </label>
            </div>
          ))}
        </div>
        {e.domains && <p className="error-message">{e.domains}</p>}
      </fieldset>
      <LinkPicker id={`${p}-indicators`} chosen={indicators} onChange={setIndicators} error={e.indicators} />
      {groupQuestions.length > 0 && (
        <details className="disclosure">
          <summary className="disclosure__summary">
            Answers to the {GROUP_NAMES[group].toLowerCase()} questionnaire (optional)
          </summary>
          <div className="disclosure__body">
            <QuestionnaireAnswers
              idPrefix={p}
              questions={groupQuestions}
              answers={answers}
              onChange={(id, a) => setAnswers({ ...answers, [id]: a })}
            />
          </div>
        </details>
      )}
      <SubmitButton pending={save.isPending}>Save these views</SubmitButton>
    </form>
  );
}
