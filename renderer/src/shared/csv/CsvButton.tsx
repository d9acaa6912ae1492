import { useId } from 'react';
import type { CsvFile } from './csvFile';
import { CsvSaveFeedback } from './CsvSaveFeedback';
import { useCsvSave } from './useCsvSave';

/**
 * One spreadsheet's button on the screen whose records it holds (the Reports page offers them all): the
 * same file, warning and messages as there.
 */
export function CsvButton({ file, homeId, homeName }: { file: CsvFile; homeId: number; homeName: string }) {
  const save = useCsvSave(homeId, homeName);
  const holdsId = useId();
  return (
    <div className="csv-button">
      <button
        type="button"
        className="button button--secondary"
        disabled={save.status.busy}
        aria-describedby={holdsId}
        onClick={() => save.request(file)}
      >
        Download {file.noun} (CSV)
      </button>
      <p id={holdsId} className="hint">
        {file.holds}
      </p>
      <CsvSaveFeedback save={save} />
    </div>
  );
}
