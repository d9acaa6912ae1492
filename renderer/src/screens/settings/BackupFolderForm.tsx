import { useSetBackupFolder } from '@shared/api/backups';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { TextField } from '@shared/ui/TextField';

/** Where backups are kept: any folder, such as a USB stick or a network drive (unlike the live data). */
export function BackupFolderForm({ folder }: { folder: string }) {
  const setFolder = useSetBackupFolder();
  const form = useSaveForm({
    initial: { folder },
    read: (v) => v.folder,
    save: setFolder.mutateAsync,
    after: 'keep',
    savedMessage: (saved) => `Backups are now kept in ${saved.folder}.`,
  });

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <TextField
        id="backup-folder"
        label="Backup folder"
        hint="A USB stick or a network folder is fine for backups. Hallmarks takes a backup there at once to check it works."
        value={form.values.folder}
        onChange={form.set('folder')}
        error={form.errors.folder ?? form.general}
        spellCheck={false}
      />
      <button type="submit" className="button button--secondary" disabled={form.pending}>
        Keep backups in this folder
      </button>
      <p className="status-message" role="status">
        {form.status}
      </p>
    </form>
  );
}
