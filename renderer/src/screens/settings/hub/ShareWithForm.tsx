import { FormProblem } from '@shared/actions/FormBits';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';
import { useShareWith } from './hubApi';

/**
 * The home's own choice: share its judgements with one placing local authority, whose commissioners can
 * then see them on the hub (never its actions or records), or with none.
 */
export function ShareWithForm({ homeId, sharesWith }: { homeId: number; sharesWith: string | null }) {
  const share = useShareWith(homeId);
  const form = useSaveForm({
    idPrefix: 'hub-share',
    initial: { localAuthority: sharesWith ?? '' },
    read: ({ localAuthority }) => localAuthority,
    save: share.mutateAsync,
    after: 'keep',
    savedMessage: (status) =>
      status.connected && status.sharesWith
        ? `Saved: ${status.sharesWith} can see this home’s judgements.`
        : 'Saved: no local authority can see this home.',
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <TextField
        label="Share judgements with a local authority"
        hint="Its commissioners can then see this home’s judgements on the hub, not its actions. Leave it empty to share with none."
        {...form.bind('localAuthority')}
      />
      <button type="submit" className="button button--secondary" disabled={form.pending}>
        Save sharing
      </button>
      <p className="status-message" role="status">
        {form.pending ? 'Saving…' : form.status}
      </p>
      <FormProblem message={form.general} />
    </form>
  );
}
