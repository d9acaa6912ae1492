import { useState, type FormEvent } from 'react';
import { exportHomeInput } from '@contract/home-file';
import type { Home } from '@contract/home';
import { FormProblem } from '@shared/actions/FormBits';
import { useExportHome } from '@shared/api/homeFile';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { checkWith, type FormProblems } from '@shared/lib/formProblems';
import { PinField } from '@shared/locked-mode/PinField';

const EMPTY = { passphrase: '', again: '' };

/**
 * Export this home: encrypted with a passphrase typed twice, or, only when chosen after a warning,
 * unencrypted. The file is made by the app and downloaded; the passphrase is never kept.
 */
export function ExportHomeForm({ home, onExported }: { home: Home; onExported: (message: string) => void }) {
  const [text, setText] = useState(EMPTY);
  const [unencrypted, setUnencrypted] = useState(false);
  const form = useFormProblems('export');
  const exporter = useExportHome();
  const field = (key: keyof typeof EMPTY) => (value: string) => setText({ ...text, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (exporter.isPending) return;
    const input = unencrypted
      ? { id: home.id, unencrypted: true as const }
      : { id: home.id, passphrase: text.passphrase };
    const found: FormProblems = checkWith(exportHomeInput, input);
    if (!unencrypted && found.length === 0 && text.again !== text.passphrase) {
      found.push({ field: 'again', message: 'Type the same passphrase again' });
    }
    if (found.length > 0) return form.fail(found);
    try {
      const exported = await exporter.mutateAsync(input);
      setText(EMPTY);
      form.clear();
      onExported(
        exported.encrypted
          ? `Exported as ${exported.fileName}, encrypted. Keep the passphrase apart from the file.`
          : `Exported as ${exported.fileName}. This file is not encrypted.`,
      );
    } catch (failure) {
      form.failWith(failure);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handler(submit)} aria-labelledby="export-form-heading">
      <h3 className="heading-m" id="export-form-heading">
        Export this home
      </h3>
      <FormProblem message={form.general} />
      {!unencrypted && (
        <>
          <PinField
            id="export-passphrase"
            kind="new-password"
            label="Passphrase for the file"
            hint="At least 10 characters; three or more words are easy to type and hard to guess. Keep it apart from the file: without it the file cannot be opened, by anyone."
            value={text.passphrase}
            onChange={field('passphrase')}
            error={form.errors.passphrase}
          />
          <PinField
            id="export-again"
            kind="new-password"
            label="Type the passphrase again"
            value={text.again}
            onChange={field('again')}
            error={form.errors.again}
          />
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
        <button type="submit" className="button" aria-disabled={exporter.isPending || undefined}>
          {unencrypted ? 'Export unencrypted' : 'Export this home'}
        </button>
      </div>
    </form>
  );
}
