import { useState, type FormEvent } from 'react';
import { useSetBackupFolder } from '@shared/api/backups';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { TextField } from '@shared/ui/TextField';

/** Where backups are kept: any folder, such as a USB stick or a network drive (unlike the live data). */
export function BackupFolderForm({ folder }: { folder: string }) {
  const [value, setValue] = useState(folder);
  const setFolder = useSetBackupFolder();
  const error =
    setFolder.error instanceof ApiError
      ? (setFolder.error.fields.folder ?? messageOf(setFolder.error))
      : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setFolder.mutate(value);
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField
        id="backup-folder"
        label="Backup folder"
        hint="A USB stick or a network folder is fine for backups. Hallmarks takes a backup there at once to check it works."
        value={value}
        onChange={setValue}
        error={error}
        spellCheck={false}
      />
      <button type="submit" className="button button--secondary" disabled={setFolder.isPending}>
        Keep backups in this folder
      </button>
      <p className="status-message" role="status">
        {setFolder.isSuccess ? `Backups are now kept in ${setFolder.data.folder}.` : ''}
      </p>
    </form>
  );
}
