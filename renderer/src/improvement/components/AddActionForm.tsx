import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ActionLink, ActionSource } from '@contract/actions';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { FormProblem } from '@shared/actions/FormBits';
import { useImprovementSave, useToday } from '../api/improvementApi';
import { addDays, typedFromIso } from '@contract/rules/dates';
import { ActionFields, checkActionDraft } from './ActionFields';

interface Props {
  homeId: number;
  link: ActionLink;
  source: ActionSource;
  origin?: { kind: 'review' | 'reg44' | 'ofsted'; id: number } | null;
  /** Says what the action is for, so several buttons on one page can be told apart. */
  context: string;
  /** What the form starts with: the record's own words and date (four weeks from today without one). */
  suggested?: { title: string; dueOn: string | null };
  /** The button's words: "Add an action" unless a record is turned into one. */
  openText?: string;
  /** Called once the action is saved (the record then shows it is on the plan). */
  onAdded?: () => void;
}

/** "Add an action" in place: opens a short form under the button, saves, and stays on the page. */
export function AddActionForm({
  homeId,
  link,
  source,
  origin = null,
  context,
  suggested,
  openText = 'Add an action',
  onAdded,
}: Props) {
  const p = `add-action-${useId().replace(/:/g, '')}`;
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState('');
  const today = useToday().data;
  const save = useImprovementSave('actions.create', homeId);
  const form = useSaveForm({
    idPrefix: p,
    initial: { title: '', owner: '', due: '' },
    read: (draft, check) => {
      const checked = checkActionDraft(draft);
      if (!checked.ok) check.found(checked.errors);
      const { title, owner } = draft;
      return { homeId, title, owner, dueOn: checked.ok ? checked.dueOn : '', link, source, origin };
    },
    save: save.mutateAsync,
    after: 'keep',
    onSaved: () => {
      close();
      setAdded('Action added. It is on the Actions page.');
      onAdded?.();
    },
  });
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
    const due = suggested?.dueOn ?? (today ? addDays(today, 28) : null);
    form.setValues({ title: suggested?.title ?? '', owner: '', due: due ? typedFromIso(due) : '' });
  }

  return (
    <div className="add-action">
      {!open && (
        <button
          type="button"
          className="button button--secondary button--small"
          ref={toggle}
          onClick={openForm}
          aria-label={`${openText}: ${context}`}
        >
          {openText}
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
          onSubmit={form.onSubmit}
          aria-label={`New action: ${context}`}
        >
          <h3 className="heading-s">New action</h3>
          <p className="hint">For: {context}</p>
          <FormProblem message={form.general} />
          <ActionFields
            idPrefix={p}
            draft={form.values}
            onChange={form.setValues}
            errors={form.errors}
            today={today}
          />
          <div className="button-group">
            <button type="submit" className="button" aria-disabled={form.pending || undefined}>
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
