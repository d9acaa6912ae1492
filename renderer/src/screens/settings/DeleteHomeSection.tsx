import type { Home } from '@contract/home';
import { useBackups } from '@shared/api/backups';
import { useDeleteHome, useHomeCopies } from '@shared/api/homeFile';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';
import { copiesCount, copiesFound, deletedMessage } from './homeCopiesWords';

/**
 * Settings → Delete this home: the manager types the home's name to confirm. The data file keeps no trace
 * (secure_delete, then VACUUM); the section says which backups and other copies still hold the home (found
 * by its id and every name it had) and how long they keep it, and offers to remove it from them too.
 */
export function DeleteHomeSection({ home }: { home: Home }) {
  const remove = useDeleteHome();
  const folder = useBackups().data?.folder;
  const copies = useHomeCopies(home.id).data;
  const form = useSaveForm({
    idPrefix: 'delete-home',
    initial: { confirmName: '', removeFromCopies: false },
    read: ({ confirmName, removeFromCopies }) => ({ id: home.id, confirmName, removeFromCopies }),
    save: remove.mutateAsync,
    savedMessage: deletedMessage,
  });

  return (
    <section className="section" aria-labelledby="delete-home-title">
      <h2 className="heading-l" id="delete-home-title">
        Delete this home
      </h2>
      <p>
        Deleting {home.name} removes it and everything recorded for it (reviews, figures, actions, Reg 44
        visits, Reg 45 records, inspections, the staff list, team meetings, children’s surveys and feedback)
        from the data file for good. It cannot be undone from here. Export the home first if you may need it
        again.
      </p>
      <p>
        Backups taken before you delete it still hold it until they age out: the 10 newest backups are kept,
        and one a month for 12 months. {folder ? `They are in ${folder}.` : ''} A copy a restore kept beside
        the data file, so the restore can be undone, holds it too, and so does a damaged data file that the
        app set aside at start; those copies do not age out.
      </p>
      {copies ? copiesFound(home.name, copies).map((line) => <p key={line}>{line}</p>) : null}
      <form onSubmit={form.onSubmit} noValidate>
        <TextField
          label={`To confirm, type the home's name: ${home.name}`}
          {...form.bind('confirmName')}
          autoComplete="off"
          spellCheck={false}
        />
        {copies && copiesCount(copies) > 0 ? (
          <div className="checkbox checkbox--with-hint">
            <input
              className="checkbox__input"
              type="checkbox"
              id="delete-home-removeFromCopies"
              checked={form.values.removeFromCopies}
              aria-describedby="delete-home-removeFromCopies-hint"
              onChange={(event) => form.set('removeFromCopies')(event.target.checked)}
            />
            <label className="checkbox__label" htmlFor="delete-home-removeFromCopies">
              Remove this home from backups too
            </label>
            <p className="checkbox__hint" id="delete-home-removeFromCopies-hint">
              Hallmarks takes it out of every copy above that it can read, and leaves the other homes in them
              as they are. A backup changed this way can no longer bring this home back.
            </p>
          </div>
        ) : null}
        <button type="submit" className="button button--warning" disabled={form.pending}>
          Delete this home for good
        </button>
      </form>
      <p className="status-message" role="status">
        {form.pending ? 'Deleting…' : form.status}
      </p>
      <FormProblem message={form.general} />
    </section>
  );
}
