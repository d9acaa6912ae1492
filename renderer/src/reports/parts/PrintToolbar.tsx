import { Link, useLocation } from 'wouter';
import { forgetPrintReturn, printReturnFor } from '@shared/paths/printReturn';
import { UnencryptedWarning } from '@shared/unencrypted/UnencryptedWarning';
import { UNENCRYPTED_WARNING, useUnencryptedWarning } from '@shared/unencrypted/unencryptedWarning';

/** On screen only: the way back, and Print (Chromium's dialog also offers "Save as PDF"). */
export function PrintToolbar({ ready }: { ready: boolean }) {
  const inElectron = Boolean(window.hallmarks);
  const warning = useUnencryptedWarning();
  // Opened from the team meeting, Back returns there (issue 24); otherwise to Reports.
  const [location] = useLocation();
  const way = printReturnFor(location);
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
        onClick={() => warning.run(() => window.print())}
      >
        Print
      </button>
      <p className="print-toolbar__hint">
        {inElectron
          ? 'To save a PDF, choose File, then Save as PDF.'
          : 'To save a PDF, choose "Save as PDF" as the printer in the print window.'}{' '}
        {UNENCRYPTED_WARNING}
      </p>
      {warning.showing && (
        <UnencryptedWarning goOn="Print" onConfirm={warning.confirm} onCancel={warning.cancel} />
      )}
    </div>
  );
}
