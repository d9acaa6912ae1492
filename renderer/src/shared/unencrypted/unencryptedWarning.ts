import { useState } from 'react';

const SEEN_KEY = 'hallmarks.unencryptedFilesWarned';

/** What the warning says: the same words before a spreadsheet and before a PDF. */
export const UNENCRYPTED_WARNING =
  'Spreadsheets and PDFs are not encrypted, and they hold information about children and staff. Save them only where the home keeps its confidential records; do not email them or leave them on a memory stick.';

/**
 * Whether this session has been warned yet that spreadsheets and PDFs leave the app unencrypted. Kept
 * in sessionStorage: once per session (a reload keeps it), again after the app or tab is closed.
 */
function warned(): boolean {
  try {
    return sessionStorage.getItem(SEEN_KEY) === 'yes';
  } catch {
    return false;
  }
}

function markWarned(): void {
  try {
    sessionStorage.setItem(SEEN_KEY, 'yes');
  } catch {
    // Storage refused (private mode): the warning simply shows again next time.
  }
}

/**
 * Runs `action` at once when the session has been warned; otherwise holds it until the person has
 * read the warning and chosen to go on (`confirm`) or not (`cancel`).
 */
export function useUnencryptedWarning() {
  const [pending, setPending] = useState<(() => void) | null>(null);
  return {
    showing: pending !== null,
    run(action: () => void) {
      if (warned()) action();
      else setPending(() => action);
    },
    confirm() {
      markWarned();
      const action = pending;
      setPending(null);
      action?.();
    },
    cancel: () => setPending(null),
  };
}
