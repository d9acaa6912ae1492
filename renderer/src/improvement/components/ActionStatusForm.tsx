import { STATUS_LABELS, type ActionItem, type ActionStatus } from '@contract/actions';
import { TextArea } from '@shared/ui/TextArea';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { typedFromIso } from '@contract/rules/dates';
import { DateField } from '@shared/ui/DateField';
import { FormProblem, SubmitButton } from '@shared/actions/FormBits';
import { ByNameField } from './ByNameField';

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
  const save = useImprovementSave('actions.setStatus', action.homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: {
      status: NEXT_STATUS[action.status],
      completedOn: typedFromIso(today),
      evidence: '',
      reason: '',
      byName: '',
    },
    read: (v, check) => {
      const { status, evidence, reason } = v;
      const done = status === 'done';
      const d = done
        ? check.dates({ completedOn: { text: v.completedOn, what: 'the date it was done' } })
        : null;
      check.found({
        evidence: done && !evidence.trim() ? 'Enter the evidence that it was done' : undefined,
        reason: status === 'dropped' && !reason.trim() ? 'Enter why the action was dropped' : undefined,
      });
      return {
        id: action.id,
        status,
        byName: v.byName,
        ...(d ? { completedOn: d.completedOn!, evidence } : {}),
        ...(status === 'dropped' ? { reason } : {}),
      };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved: (_r, input) => onDone(`Status changed to ${STATUS_LABELS[input.status].toLowerCase()}.`),
  });
  const { status } = form.values;

  const choices = (['open', 'in_progress', 'done', 'dropped'] as const).filter((s) => s !== action.status);
  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={form.onSubmit}
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
                onChange={() => form.set('status')(s)}
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
          <DateField label="Date it was done" {...form.bind('completedOn')} />
          <TextArea
            label="Evidence that it was done"
            hint="Where an inspector could see it: a record, minutes, a child's words"
            rows={3}
            {...form.bind('evidence')}
          />
        </>
      )}
      {status === 'dropped' && <TextArea label="Why it was dropped" rows={3} {...form.bind('reason')} />}
      <ByNameField {...form.bind('byName')} />
      <SubmitButton pending={form.pending}>Save status</SubmitButton>
    </form>
  );
}
