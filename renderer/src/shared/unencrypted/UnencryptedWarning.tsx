import { useEffect, useRef } from 'react';
import { UNENCRYPTED_WARNING } from './unencryptedWarning';

/** The once-a-session warning before a spreadsheet or PDF leaves the app, with the choice to go on. */
export function UnencryptedWarning({
  goOn,
  onConfirm,
  onCancel,
}: {
  /** The button that goes on: "Download the spreadsheet", "Print". */
  goOn: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="notice" role="group" aria-labelledby="unencrypted-title">
      <h3 className="notice__title" id="unencrypted-title" tabIndex={-1} ref={heading}>
        This file is not encrypted
      </h3>
      <p>{UNENCRYPTED_WARNING}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onConfirm}>
          {goOn}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
