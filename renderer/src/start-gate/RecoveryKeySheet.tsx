import { formatIsoDate } from '@contract/rules/dates';

/**
 * The recovery key, once, as a one-page sheet to print or save as a PDF (the print stylesheet leaves out
 * the buttons) and keep with the home's records. Shown until the manager says it is kept.
 */
export function RecoveryKeySheet({
  recoveryKey,
  dataFile,
  madeOn,
  onPrint,
  onKept,
  onLater,
}: {
  recoveryKey: string;
  dataFile: string;
  madeOn: string;
  onPrint: () => void;
  onKept: () => void;
  onLater: () => void;
}) {
  return (
    <main className="narrow start-gate recovery-key-sheet" id="main">
      <h1 className="heading-xl">Hallmarks recovery key</h1>
      <p>
        <strong>Keep this with the home’s records</strong>, somewhere locked, away from this computer.
      </p>
      <p className="recovery-key-sheet__key" aria-label="Recovery key">
        {recoveryKey}
      </p>
      <p>
        Hallmarks encrypts its data on this computer. This key opens it on another computer, or on this one if
        its key store or passphrase stops working. Nobody else has a copy: if it is lost, and this computer’s
        own way in stops working too, the data and every backup cannot be opened by anyone.
      </p>
      <p>Data file: {dataFile}</p>
      <p>Made on {formatIsoDate(madeOn)}.</p>
      <div className="recovery-key-sheet__actions">
        <p>Print this page or save it as a PDF, or write the key down exactly, before you carry on.</p>
        <button type="button" className="button button--secondary" onClick={onPrint}>
          Print or save as PDF
        </button>{' '}
        <button type="button" className="button" onClick={onKept}>
          I have printed or written down the recovery key
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={onLater}>
          Show it again next time
        </button>
      </div>
    </main>
  );
}
