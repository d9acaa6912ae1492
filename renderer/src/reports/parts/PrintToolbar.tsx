import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { forgetPrintReturn, printReturnFor } from '@shared/paths/printReturn';
import { UnencryptedWarning } from '@shared/unencrypted/UnencryptedWarning';
import { UNENCRYPTED_WARNING, useUnencryptedWarning } from '@shared/unencrypted/unencryptedWarning';

/**
 * On screen only: the way back, Print, and in the desktop app Save as PDF (in a browser, the print
 * window offers "Save as PDF" as a printer). Both print only the report, never the app around it.
 */
export function PrintToolbar({ ready }: { ready: boolean }) {
  const savePdf = window.hallmarks?.savePdf;
  const warning = useUnencryptedWarning();
  const [going, setGoing] = useState<'Print' | 'Save as PDF'>('Print');
  const [problem, setProblem] = useState('');
  // Opened from the team meeting, Back returns there (issue 24); otherwise to Reports.
  const [location] = useLocation();
  const way = printReturnFor(location);
  const run = (label: typeof going, action: () => void) => {
    setGoing(label);
    setProblem('');
    warning.run(action);
  };
  const save = () => {
    savePdf?.()
      .then((result) => setProblem(result.ok ? '' : result.error.message))
      .catch(() => setProblem('Hallmarks could not save the PDF. Nothing was saved; try again.'));
  };
  return (
    <div className="print-toolbar">
      <nav aria-label="Report">
        <Link href={way.back} onClick={forgetPrintReturn}>
          {way.label}
        </Link>
      </nav>
      <button
        type="button"
        className="button"
        disabled={!ready}
        onClick={() => run('Print', () => window.print())}
      >
        Print
      </button>
      {savePdf && (
        <button
          type="button"
          className="button button--secondary"
          disabled={!ready}
          onClick={() => run('Save as PDF', save)}
        >
          Save as PDF
        </button>
      )}
      <p className="print-toolbar__hint">
        {savePdf
          ? 'Save as PDF asks where to keep the file.'
          : 'To save a PDF, choose "Save as PDF" as the printer in the print window.'}{' '}
        {UNENCRYPTED_WARNING}
      </p>
      {problem && (
        <p role="alert" className="print-toolbar__problem">
          {problem}
        </p>
      )}
      {warning.showing && (
        <UnencryptedWarning goOn={going} onConfirm={warning.confirm} onCancel={warning.cancel} />
      )}
    </div>
  );
}
