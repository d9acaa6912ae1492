import { useState } from 'react';
import { exportHomeInput } from '@contract/home-file';
import type { Home } from '@contract/home';
import { FormProblem } from '@shared/actions/FormBits';
import { useExportHome } from '@shared/api/homeFile';
import { useSaveForm } from '@shared/forms/useSaveForm';
import { checkWith } from '@shared/lib/formProblems';
import { PinField } from '@shared/locked-mode/PinField';

const EMPTY = { passphrase: '', again: '' };

/**
 * Export this home: encrypted with a passphrase typed twice, or, only when chosen after a warning,
 * unencrypted. The file is made by the app and downloaded; the passphrase is never kept.
 */
export function ExportHomeForm({ home, onExported }: { home: Home; onExported: (message: string) => void }) {
  const [unencrypted, setUnencrypted] = useState(false);
  const exporter = useExportHome();
  const form = useSaveForm({
    idPrefix: 'export',
    initial: EMPTY,
    read: (text, check) => {
      const input = unencrypted
        ? { id: home.id, unencrypted: true as const }
        : { id: home.id, passphrase: text.passphrase };
      const found = checkWith(exportHomeInput, input);
      if (unencrypted) check.add(found);
      else check.typedTwice(found, text, 'passphrase', 'Type the same passphrase again');
      return input;
    },
    save: (input) => exporter.mutateAsync(input),
    onSaved: (exported) =>
      onExported(
        exported.encrypted
          ? `Exported as ${exported.fileName}, encrypted. Keep the passphrase apart from the file.`
          : `Exported as ${exported.fileName}. This file is not encrypted.`,
      ),
  });

  return (
    <form className="form" noValidate onSubmit={form.onSubmit} aria-labelledby="export-form-heading">
      <h3 className="heading-m" id="export-form-heading">
        Export this home
      </h3>
      <FormProblem message={form.general} />
      {!unencrypted && (
        <>
          <PinField
            kind="new-password"
            label="Passphrase for the file"
            hint="At least 10 characters; three or more words are easy to type and hard to guess. Keep it apart from the file: without it the file cannot be opened, by anyone."
            {...form.bind('passphrase')}
          />
          <PinField kind="new-password" label="Type the passphrase again" {...form.bind('again')} />
        </>
      )}
      <div className="checkbox">
        <input
          className="checkbox__input"
          id="export-unencrypted"
          type="checkbox"
          checked={unencrypted}
          onChange={(e) => {
            setUnencrypted(e.target.checked);
            form.clear();
          }}
        />
        <label className="checkbox__label" htmlFor="export-unencrypted">
          Export without encryption
        </label>
      </div>
      {unencrypted && (
        <div className="warning-text" role="note">
          <strong>
            An unencrypted file can be read by anyone who gets it: everything recorded about the children and
            staff of {home.name}. Do not email it or leave it on a memory stick.
          </strong>
        </div>
      )}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          {unencrypted ? 'Export unencrypted' : 'Export this home'}
        </button>
      </div>
    </form>
  );
}
