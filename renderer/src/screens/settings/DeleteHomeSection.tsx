import type { Home } from '@contract/home';
import { useBackups } from '@shared/api/backups';
import { useDeleteHome } from '@shared/api/homeFile';
import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';

/**
 * Settings → Delete this home: the manager types the home's name to confirm. The data file keeps no trace
 * (secure_delete, then VACUUM); the wording says plainly that earlier backups still hold it, and where.
 */
export function DeleteHomeSection({ home }: { home: Home }) {
  const remove = useDeleteHome();
  const folder = useBackups().data?.folder;
  const form = useSaveForm({
    idPrefix: 'delete-home',
    initial: { confirmName: '' },
    read: ({ confirmName }) => ({ id: home.id, confirmName }),
    save: remove.mutateAsync,
    savedMessage: (outcome) =>
      `Deleted ${outcome.deletedName} from this computer's data. ${outcome.backupsHoldingIt} ${outcome.backupsHoldingIt === 1 ? 'backup still holds' : 'backups still hold'} it until they age out.`,
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
        and one a month for 12 months. {folder ? `They are in ${folder}.` : ''} Any copy a restore kept beside
        the data file, so the restore can be undone, holds it too, and so does a damaged data file that the
        app set aside at start (its name ends in “.damaged-” and the date). Delete them there if the home must
        be gone sooner.
      </p>
      <form onSubmit={form.onSubmit} noValidate>
        <TextField
          label={`To confirm, type the home's name: ${home.name}`}
          {...form.bind('confirmName')}
          autoComplete="off"
          spellCheck={false}
        />
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
