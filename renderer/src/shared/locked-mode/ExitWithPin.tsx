import { useEffect } from 'react';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { PinField } from './PinField';
import { useExitLock } from './lockApi';

// The contract names the field `pin`; the shared form model finds it at `${PREFIX}-pin`.
const PREFIX = 'locked-exit';
const FIELD = `${PREFIX}-pin`;

/** The manager types their PIN to leave locked mode; a wrong one says so beside the field. */
export function ExitWithPin({ onCancel }: { onCancel: () => void }) {
  const exit = useExitLock();
  const form = useSaveForm({
    idPrefix: PREFIX,
    initial: { pin: '' },
    read: ({ pin }, check) => {
      check.found({ pin: pin ? undefined : 'Enter the manager’s PIN' });
      return pin;
    },
    save: exit.mutateAsync,
    after: 'keep',
    // A wrong PIN, or a wait, is said beside the field, which takes the focus to try again, empty.
    forgetOnFailure: ['pin'],
  });
  useEffect(() => document.getElementById(FIELD)?.focus(), []);

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="locked-exit-heading">
      <h1 className="heading-xl" id="locked-exit-heading" tabIndex={-1}>
        Unlock Hallmarks
      </h1>
      <p>Only the manager can do this.</p>
      <FormProblem message={form.general} />
      <PinField label="Manager’s PIN" {...form.bind('pin')} />
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          Unlock
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
