import { useState, type FormEvent } from 'react';
import { STATUS_LABELS, type ActionItem, type ActionStatus } from '@contract/actions';
import { TextArea } from '@shared/ui/TextArea';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { readTypedDate, typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { ByNameField, FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { handler } from '@shared/lib/background';

/** The status most often chosen next. */
const NEXT_STATUS: Record<ActionStatus, ActionStatus> = {
  open: 'in_progress',
  in_progress: 'done',
  done: 'open',
  dropped: 'open',
};

/** Moves an action on: in progress, done (with the date and the evidence) or dropped (with the reason). */
export function ActionStatusForm({
  action,
  onDone,
}: {
  action: ActionItem;
  onDone: (message: string) => void;
}) {
  const p = `status-${action.id}`;
  const today = useToday().data;
  const [status, setStatus] = useState<ActionStatus>(NEXT_STATUS[action.status]);
  const [completed, setCompleted] = useState(typedFromIso(today));
  const [evidence, setEvidence] = useState('');
  const [reason, setReason] = useState('');
  const [byName, setByName] = useState('');
  const form = useFormProblems(p);
  const errors = form.errors;
  const save = useImprovementSave('actions.setStatus', action.homeId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: Record<string, string> = {};
    const date = readTypedDate(completed, 'the date it was done');
    if (status === 'done' && !date.ok) found.completedOn = date.message;
    if (status === 'done' && !evidence.trim()) found.evidence = 'Enter the evidence that it was done';
    if (status === 'dropped' && !reason.trim()) found.reason = 'Enter why the action was dropped';
    if (Object.keys(found).length > 0) {
      form.show(found);
      return;
    }
    try {
      await save.mutateAsync({
        id: action.id,
        status,
        byName,
        ...(status === 'done' && date.ok ? { completedOn: date.iso!, evidence } : {}),
        ...(status === 'dropped' ? { reason } : {}),
      });
      onDone(`Status changed to ${STATUS_LABELS[status].toLowerCase()}.`);
    } catch (failure) {
      form.failWith(failure);
    }
  }

  const choices = (['open', 'in_progress', 'done', 'dropped'] as const).filter((s) => s !== action.status);
  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={handler(submit)}
      aria-label={`Change the status of: ${action.title.slice(0, 80)}`}
    >
      <FormProblem message={form.general} />
      <fieldset className="choice-group">
        <legend className="choice-group__legend">New status</legend>
        <div className="choice-group__items">
          {choices.map((s) => (
            <div className="choice" key={s}>
              <input
                className="choice__input"
                type="radio"
                id={`${p}-${s}`}
                name={p}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              <label className="choice__label" htmlFor={`${p}-${s}`}>
                {STATUS_LABELS[s]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {status === 'done' && (
        <>
          <DateField
            id={`${p}-completedOn`}
            label="Date it was done"
            value={completed}
            onChange={setCompleted}
            error={errors.completedOn}
          />
          <TextArea
            id={`${p}-evidence`}
            label="Evidence that it was done"
            hint="Where an inspector could see it: a record, minutes, a child's words"
            value={evidence}
            onChange={setEvidence}
            error={errors.evidence}
            rows={3}
          />
        </>
      )}
      {status === 'dropped' && (
        <TextArea
          id={`${p}-reason`}
          label="Why it was dropped"
          value={reason}
          onChange={setReason}
          error={errors.reason}
          rows={3}
        />
      )}
      <ByNameField id={`${p}-byName`} value={byName} onChange={setByName} error={errors.byName} />
      <SubmitButton pending={save.isPending}>Save status</SubmitButton>
    </form>
  );
}
