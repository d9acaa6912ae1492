import { Fragment, useId } from 'react';
import type { CsvFile, CsvGroup } from '@shared/csv/csvFile';
import { INSPECTION_FILES } from '@shared/csv/inspectionFiles';
import { REVIEW_FILES } from '@shared/csv/reviewFiles';
import { TEAM_AND_VIEWS_FILES } from '@shared/csv/teamAndViewsFiles';
import { CsvSaveFeedback } from '@shared/csv/CsvSaveFeedback';
import { useCsvSave } from '@shared/csv/useCsvSave';

const GROUPS: CsvGroup[] = [REVIEW_FILES, INSPECTION_FILES, TEAM_AND_VIEWS_FILES].filter(
  (g) => g.files.length > 0,
);

function FileRow({ file, busy, onSave }: { file: CsvFile; busy: boolean; onSave: (file: CsvFile) => void }) {
  const holdsId = useId();
  return (
    <li className="csv-file">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        aria-describedby={holdsId}
        onClick={() => onSave(file)}
      >
        Download {file.noun} (CSV)
      </button>
      <span id={holdsId} className="hint">
        {file.holds}
      </span>
    </li>
  );
}

/** Spreadsheet copies of every report's data, in a form Excel opens cleanly. */
export function CsvDownloads({ homeId, homeName }: { homeId: number; homeName: string }) {
  const save = useCsvSave(homeId, homeName);
  return (
    <section className="section" aria-labelledby="csv-title">
      <h2 className="heading-l" id="csv-title">
        Spreadsheets
      </h2>
      <p>
        The data behind the reports, as CSV files that open in Excel: one header row, dates as 2026-11-28.
      </p>
      {GROUPS.map((group) => (
        <Fragment key={group.title}>
          <h3 className="heading-m">{group.title}</h3>
          <ul className="csv-files">
            {group.files.map((file) => (
              <FileRow key={file.noun} file={file} busy={save.status.busy} onSave={save.request} />
            ))}
          </ul>
        </Fragment>
      ))}
      <CsvSaveFeedback save={save} />
    </section>
  );
}
