import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { ActionLink, ActionSource } from '@contract/actions';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { FormProblem } from '@shared/actions/FormBits';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { addDays, typedFromIso } from '@contract/rules/dates';
import { ActionFields, checkActionDraft, type ActionDraft } from './ActionFields';
import { handler } from '@shared/lib/background';

interface Props {
  homeId: number;
  link: ActionLink;
  source: ActionSource;
  origin?: { kind: 'review' | 'reg44' | 'ofsted'; id: number } | null;
  /** Says what the action is for, so several buttons on one page can be told apart. */
  context: string;
}

/** "Add an action" in place: opens a short form under the button, saves, and stays on the page. */
export function AddActionForm({ homeId, link, source, origin = null, context }: Props) {
  const p = `add-action-${useId().replace(/:/g, '')}`;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ActionDraft>({ title: '', owner: '', due: '' });
  const form = useFormProblems(p);
  const errors = form.errors;
  const [added, setAdded] = useState('');
  const today = useToday().data;
  const save = useImprovementSave('actions.create', homeId);
  const toggle = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!open && returnFocus) toggle.current?.focus();
  }, [open, returnFocus]);

  function close() {
    setOpen(false);
    setReturnFocus(true);
  }

  function openForm() {
    setOpen(true);
    setReturnFocus(false);
    setAdded('');
    setDraft({ title: '', owner: '', due: today ? typedFromIso(addDays(today, 28)) : '' });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const checked = checkActionDraft(draft);
    if (!checked.ok) {
      form.show(checked.errors);
      return;
    }
    try {
      await save.mutateAsync({
        homeId,
        title: draft.title,
        owner: draft.owner,
        dueOn: checked.dueOn,
        link,
        source,
        origin,
      });
      form.clear();
      close();
      setAdded('Action added. It is on the Actions page.');
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <div className="add-action">
      {!open && (
        <button
          type="button"
          className="button button--secondary button--small"
          ref={toggle}
          onClick={openForm}
          aria-label={`Add an action: ${context}`}
        >
          Add an action
        </button>
      )}
      <p className="status-message" role="status">
        {added && (
          <>
            {added} <Link href="/actions">See all actions</Link>
          </>
        )}
      </p>
      {open && (
        <form
          className="form add-action__form"
          noValidate
          onSubmit={handler(submit)}
          aria-label={`New action: ${context}`}
        >
          <h3 className="heading-s">New action</h3>
          <p className="hint">For: {context}</p>
          <FormProblem message={form.general} />
          <ActionFields idPrefix={p} draft={draft} onChange={setDraft} errors={errors} today={today} />
          <div className="button-group">
            <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
              Save action
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
