import { useState } from 'react';
import type { BackupSummary } from '@contract/backups';
import { useBackUpNow, useBackups, useRestore } from '@shared/api/backups';
import { messageOf } from '@shared/api/ApiError';
import { BackupFolderForm } from './BackupFolderForm';
import { holdsLabel, reasonLabel, sizeLabel, takenAtLabel } from './backupWords';

/** Settings → Backups: every backup with what it holds, "Back up now", restore with undo, the folder. */
export function BackupsSection() {
  const backups = useBackups();
  const backUp = useBackUpNow();
  const restore = useRestore();
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const [done, setDone] = useState('');

  function restoreChosen(backup: BackupSummary | null) {
    setConfirming(null);
    setDone('');
    backUp.reset();
    restore.mutate(backup?.name ?? null, {
      onSuccess: (outcome) => {
        const what = `${outcome.homes} ${outcome.homes === 1 ? 'home' : 'homes'} and ${outcome.reviews} ${outcome.reviews === 1 ? 'review' : 'reviews'}`;
        setDone(
          backup
            ? `Restored the backup from ${takenAtLabel(backup.takenAt)}. Hallmarks now holds ${what}.`
            : `The restore was undone. Hallmarks now holds ${what}.`,
        );
      },
    });
  }

  const list = backups.data?.backups ?? [];
  return (
    <section className="section" aria-labelledby="backups-title">
      <h2 className="heading-l" id="backups-title">
        Backups
      </h2>
      <p>
        Hallmarks backs up your data every day, after each sign-off, every 30 minutes while you work and when
        you close it. Each backup is checked before it is kept.
      </p>
      <p>
        <button
          type="button"
          className="button"
          disabled={backUp.isPending}
          onClick={() =>
            backUp.mutate(undefined, {
              onSuccess: (backup) => setDone(`Backup taken on ${takenAtLabel(backup.takenAt)}.`),
            })
          }
        >
          Back up now
        </button>
      </p>
      <p className="status-message" role="status">
        {backUp.isPending
          ? 'Backing up… this can take a minute with years of reviews.'
          : restore.isPending
            ? 'Restoring…'
            : done}
      </p>
      {(backUp.isError || restore.isError) && (
        <p className="error-message" role="alert">
          {messageOf(backUp.error ?? restore.error)}
        </p>
      )}
      {backups.data?.undoAvailable && !restore.isPending && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => restoreChosen(null)}>
            Undo the last restore
          </button>
        </p>
      )}
      {confirming && (
        <div className="notice" role="group" aria-labelledby="confirm-restore-title">
          <h3 className="notice__title" id="confirm-restore-title">
            Restore the backup from {takenAtLabel(confirming.takenAt)}?
          </h3>
          <p>
            It holds {holdsLabel(confirming)}. What you have now is kept, so you can undo the restore
            afterwards.
          </p>
          <button type="button" className="button" onClick={() => restoreChosen(confirming)}>
            Restore this backup
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
      {backups.isError && <p role="alert">{messageOf(backups.error)}</p>}
      {list.length === 0 && backups.isSuccess && <p>There are no backups yet.</p>}
      {list.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="backups-caption" tabIndex={0}>
          <table className="table backups-table">
            <caption id="backups-caption">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why</th>
                <th scope="col">Size</th>
                <th scope="col">Holds</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((backup) => (
                <tr key={backup.name}>
                  <th scope="row">{takenAtLabel(backup.takenAt)}</th>
                  <td>{reasonLabel(backup.reason)}</td>
                  <td>{sizeLabel(backup.sizeBytes)}</td>
                  <td>{holdsLabel(backup)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={restore.isPending || backup.homes === null}
                      onClick={() => setConfirming(backup)}
                    >
                      Restore
                      <span className="visually-hidden"> the backup from {takenAtLabel(backup.takenAt)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {backups.data && <BackupFolderForm folder={backups.data.folder} />}
    </section>
  );
}
