import { UnencryptedWarning } from '@shared/unencrypted/UnencryptedWarning';
import type { CsvSave } from './useCsvSave';

/** Under a spreadsheet's button: the once-a-session warning while it waits, then what became of the file. */
export function CsvSaveFeedback({ save }: { save: CsvSave }) {
  const { status, warning } = save;
  return (
    <>
      {warning.showing && (
        <UnencryptedWarning
          goOn="Download the spreadsheet"
          onConfirm={warning.confirm}
          onCancel={warning.cancel}
        />
      )}
      <p role={status.failed ? 'alert' : 'status'}>{status.message}</p>
    </>
  );
}
