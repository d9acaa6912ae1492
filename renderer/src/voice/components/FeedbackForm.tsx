import { useEffect, useState, type FormEvent } from 'react';
import { typedFromIso } from '@contract/rules/dates';
import {
  FEEDBACK_GROUPS,
  FEEDBACK_HOW,
  saveFeedbackInput,
  type Feedback,
  type FeedbackGroup,
  type VoiceQuestion,
} from '@contract/voice';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { checkWith, viewOf } from '@shared/lib/formProblems';
import { DateField } from '@shared/ui/DateField';
import { SelectField } from '@shared/ui/SelectField';
import { TextArea } from '@shared/ui/TextArea';
import { TextField } from '@shared/ui/TextField';
import { handler } from '@shared/lib/background';
import { GROUP_NAMES, HOW_NAMES } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';
import { useVoiceSave } from '../api/voiceApi';
import { answersList, QuestionnaireAnswers, type TypedAnswer } from './QuestionnaireAnswers';
import { LinkPicker } from './LinkPicker';

/** Records one person's view: from whom (by role), when, how, what they said and what it concerns. */
export function FeedbackForm({
  homeId,
  questions,
  entry,
  onSaved,
  onCancel,
}: {
  homeId: number;
  questions: VoiceQuestion[];
  /** The feedback to correct; new feedback when absent. */
  entry?: Feedback;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const p = entry ? `feedback-${entry.id}` : 'feedback';
  const [group, setGroup] = useState<FeedbackGroup>(entry?.group ?? 'parents');
  const [role, setRole] = useState(entry?.role ?? '');
  const [receivedOn, setReceivedOn] = useState(typedFromIso(entry?.receivedOn));
  const [how, setHow] = useState<(typeof FEEDBACK_HOW)[number]>(entry?.how ?? 'call');
  const [said, setSaid] = useState(entry?.said ?? '');
  const [domains, setDomains] = useState<string[]>(entry?.domains ?? []);
  const [indicators, setIndicators] = useState<string[]>(entry?.indicators ?? []);
  const [answers, setAnswers] = useState<Record<number, TypedAnswer>>(() =>
    Object.fromEntries((entry?.answers ?? []).map((a) => [a.questionVersionId, a])),
  );
  const editing = entry !== undefined;
  useEffect(() => {
    if (editing) document.getElementById(`${p}-heading`)?.focus();
  }, [editing, p]);
  const { domains: hallmarks } = useHallmarks();
  const form = useFormProblems(p);
  const save = useVoiceSave('voice.saveFeedback', homeId);
  const groupQuestions = questions.filter((q) => q.set === group && q.retiredOn === null);
  const typed = [...answersList(groupQuestions, answers), ...earlierAnswers(entry, group, groupQuestions)];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const fields = { homeId, id: entry?.id, group, role, how, said, domains, indicators, answers: typed };
    // The contract's own checks, worded as the app words them; the date is read as typed, below.
    const { receivedOn: _date, ...found } = viewOf(
      checkWith(saveFeedbackInput, { ...fields, receivedOn: '' }),
    ).errors;
    if (said.trim() === '' && typed.length === 0) found.said = 'Enter what was said';
    const d = form.readDates({ receivedOn: { text: receivedOn, what: 'the date you received it' } }, found);
    if (!d) return;
    try {
      await save.mutateAsync({ ...fields, receivedOn: d.receivedOn! });
      form.clear();
      if (!editing) {
        setRole('');
        setReceivedOn('');
        setSaid('');
        setDomains([]);
        setIndicators([]);
        setAnswers({});
      }
      const from = `${GROUP_NAMES[group]}${role.trim() ? `, ${role.trim()}` : ''}`;
      onSaved(editing ? `Changes saved: ${from}.` : `Feedback recorded: ${from}.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  const e = form.errors;
  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby={`${p}-heading`}>
      <h2 className="heading-m" id={`${p}-heading`} tabIndex={-1}>
        {editing ? 'Change these views' : 'Record someone’s views'}
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
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {editing ? 'Save changes' : 'Save these views'}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Answers given to an earlier wording of the group's questions: the form cannot show them against
 * today's wording, so a correction keeps them as they were (unless it changes who the feedback is from).
 */
function earlierAnswers(entry: Feedback | undefined, group: FeedbackGroup, current: VoiceQuestion[]) {
  if (!entry || entry.group !== group) return [];
  const shown = new Set(current.map((q) => q.current.id));
  return entry.answers
    .filter((a) => !shown.has(a.questionVersionId))
    .map(({ questionVersionId, choice, comment }) => ({ questionVersionId, choice, comment }));
}
