import { useState } from 'react';
import { messageOf } from '@shared/api/ApiError';
import { inBackground } from '@shared/lib/background';
import { useUnencryptedWarning } from '@shared/unencrypted/unencryptedWarning';
import { type CsvFile, downloadCsv } from './csvFile';

export interface CsvSaveStatus {
  busy: boolean;
  message: string;
  failed?: boolean;
}

/**
 * Saving a spreadsheet of the home's records, the same way wherever its button is: the once-a-session
 * warning that the file is not encrypted first, then the file, then a message saying it was saved or why not.
 */
export function useCsvSave(homeId: number, homeName: string) {
  const [status, setStatus] = useState<CsvSaveStatus>({ busy: false, message: '' });
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
  return {
    status,
    warning,
    request: (file: CsvFile) => warning.run(() => inBackground(save(file))),
  };
}

export type CsvSave = ReturnType<typeof useCsvSave>;
