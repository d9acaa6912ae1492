import { Fragment, useId, useState } from 'react';
import { messageOf } from '@shared/api/ApiError';
import { inBackground } from '@shared/lib/background';
import { UnencryptedWarning } from '@shared/unencrypted/UnencryptedWarning';
import { useUnencryptedWarning } from '@shared/unencrypted/unencryptedWarning';
import { type CsvFile, type CsvGroup, downloadCsv } from './csvFile';
import { INSPECTION_FILES } from './inspectionFiles';
import { REVIEW_FILES } from './reviewFiles';
import { TEAM_AND_VIEWS_FILES } from './teamAndViewsFiles';

const GROUPS: CsvGroup[] = [REVIEW_FILES, INSPECTION_FILES, TEAM_AND_VIEWS_FILES].filter(
  (g) => g.files.length > 0,
);

interface Status {
  busy: boolean;
  message: string;
  failed?: boolean;
}

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
  const [status, setStatus] = useState<Status>({ busy: false, message: '' });
  const warning = useUnencryptedWarning();
  async function save(file: CsvFile) {
    setStatus({ busy: true, message: `Preparing the ${file.noun}…` });
    try {
      downloadCsv(await file.load(homeId), `${homeName} - ${file.noun}.csv`);
      setStatus({ busy: false, message: `The ${file.noun} file has been saved to your downloads.` });
    } catch (error) {
      setStatus({
        busy: false,
        failed: true,
        message: `The ${file.noun} file could not be made: ${messageOf(error)}`,
      });
    }
  }
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
              <FileRow
                key={file.noun}
                file={file}
                busy={status.busy}
                onSave={(f) => warning.run(() => inBackground(save(f)))}
              />
            ))}
          </ul>
        </Fragment>
      ))}
      {warning.showing && (
        <UnencryptedWarning
          goOn="Download the spreadsheet"
          onConfirm={warning.confirm}
          onCancel={warning.cancel}
        />
      )}
      <p role={status.failed ? 'alert' : 'status'}>{status.message}</p>
    </section>
  );
}
