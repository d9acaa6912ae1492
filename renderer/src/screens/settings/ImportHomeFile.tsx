import { useState, type ChangeEvent } from 'react';
import { FILE_TOO_LARGE, fitsInRequest, MAX_FILE_BYTES, type ImportPreview } from '@contract/home-file';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { useImportHome, usePreviewImport } from '@shared/api/homeFile';
import { FormGroup } from '@shared/ui/FormGroup';
import { takenAtLabel } from './backupWords';
import { OpenWithPassphrase } from './OpenWithPassphrase';

/**
 * Import a home from an exported file: the file is checked and previewed (what it adds, and the home it
 * would replace) before anything changes. Used in Settings and on the first-run screen.
 */
export function ImportHomeFile({ beforeImport }: { beforeImport?: () => void }) {
  const preview = usePreviewImport();
  const importer = useImportHome();
  const [file, setFile] = useState<{ text: string; passphrase?: string; preview: ImportPreview } | null>(
    null,
  );
  // An encrypted file waits here for its passphrase before it can be previewed.
  const [sealed, setSealed] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [readProblem, setReadProblem] = useState('');

  function open(text: string, passphrase?: string) {
    preview.mutate(
      { text, passphrase },
      {
        onSuccess: (found) => {
          setSealed(null);
          setFile({ text, passphrase, preview: found });
        },
        onError: (failure) => {
          if (failure instanceof ApiError && failure.fields.passphrase) setSealed(text);
        },
      },
    );
  }

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setFile(null);
    setSealed(null);
    setDone('');
    setReadProblem('');
    preview.reset();
    importer.reset();
    if (!chosen) return;
    if (chosen.size >= MAX_FILE_BYTES) {
      setReadProblem(FILE_TOO_LARGE);
      return;
    }
    chosen.text().then(
      (text) => {
        // Checked here, before sending, so the manager reads why rather than the request limit's words.
        if (!fitsInRequest(text)) setReadProblem(FILE_TOO_LARGE);
        else open(text);
      },
      () =>
        setReadProblem(
          'Hallmarks could not read that file. Check it is on this computer and choose it again.',
        ),
    );
  }

  function importChosen() {
    if (!file) return;
    beforeImport?.();
    importer.mutate(
      { text: file.text, passphrase: file.passphrase, replaceHomeId: file.preview.existing?.id ?? null },
      {
        onSuccess: (outcome) => {
          setFile(null);
          setDone(
            `${outcome.replaced ? 'Replaced' : 'Imported'} ${outcome.homeName}. It is now the open home.`,
          );
        },
      },
    );
  }

  const passphraseProblem = preview.error instanceof ApiError ? preview.error.fields.passphrase : undefined;
  const error = passphraseProblem ? importer.error : (preview.error ?? importer.error);
  return (
    <>
      <FormGroup
        id="import-file"
        label="Import a home from a file"
        hint="Choose a file made by Export this home. You will see what it holds before anything is added."
      >
        {(control) => (
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            {...control}
            onChange={chooseFile}
          />
        )}
      </FormGroup>
      <p className="status-message" role="status">
        {preview.isPending ? 'Checking the file…' : importer.isPending ? 'Importing…' : done}
      </p>
      {(error || readProblem) && (
        <p className="error-message" role="alert">
          {readProblem || messageOf(error)}
        </p>
      )}
      {sealed !== null && (
        <OpenWithPassphrase
          // Before any passphrase was typed, the field's hint says what to do: no error yet.
          problem={preview.variables?.passphrase === undefined ? undefined : passphraseProblem}
          onOpen={(passphrase) => open(sealed, passphrase)}
        />
      )}
      {file && (
        <ImportConfirmation preview={file.preview} onImport={importChosen} onCancel={() => setFile(null)} />
      )}
    </>
  );
}

function ImportConfirmation(props: { preview: ImportPreview; onImport: () => void; onCancel: () => void }) {
  const { preview } = props;
  return (
    <div className="notice" role="group" aria-labelledby="confirm-import-title">
      <h3 className="notice__title" id="confirm-import-title">
        {preview.existing ? `Replace ${preview.existing.name}?` : `Import ${preview.homeName}?`}
      </h3>
      <p>
        The file holds {preview.homeName}, exported on {takenAtLabel(preview.exportedAt)}, with:
      </p>
      <ul>
        {preview.adds.map((a) => (
          <li key={a.what}>
            {a.what}: {a.count}
          </li>
        ))}
        {preview.adds.length === 0 && <li>the home&apos;s details only</li>}
      </ul>
      {preview.existing && (
        <p>
          This computer already has a home called {preview.existing.name}. Importing replaces it and
          everything recorded for it with what the file holds. A backup is taken first, so you can restore it
          from Backups.
        </p>
      )}
      <button type="button" className="button" onClick={props.onImport}>
        {preview.existing ? `Replace ${preview.existing.name}` : `Import ${preview.homeName}`}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
