import { useState } from 'react';
import type { StartGate as Gate, StartGateAnswer } from '@contract/start-gate';
import { PassphraseEntry } from './PassphraseEntry';
import { RecoveryKeyEntry } from './RecoveryKeyEntry';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import './start-gate.css';

/**
 * What the desktop app shows before the data is open, as the shell says (contract/start-gate.ts): the
 * recovery key entry, the passphrase, or the recovery key sheet. The answer goes back to the shell.
 */
export function StartGate({
  gate,
  onAnswer,
  print = () => window.print(),
}: {
  gate: Gate;
  onAnswer: (answer: StartGateAnswer) => void;
  print?: () => void;
}) {
  // "Lost the passphrase": the recovery key opens the data too, and the shell asks for a new passphrase after.
  const [useRecoveryKey, setUseRecoveryKey] = useState(false);
  if (gate.kind === 'recovery-key' || useRecoveryKey)
    return (
      <RecoveryKeyEntry
        reason={gate.kind === 'recovery-key' ? gate.reason : 'The passphrase is lost.'}
        problem={gate.kind === 'recovery-key' ? gate.problem : null}
        onRecoveryKey={(recoveryKey) => onAnswer({ kind: 'recovery-key', recoveryKey })}
      />
    );
  if (gate.kind === 'passphrase')
    return (
      <PassphraseEntry
        setUp={gate.setUp}
        problem={gate.problem}
        onPassphrase={(passphrase) => onAnswer({ kind: 'passphrase', passphrase })}
        onUseRecoveryKey={() => setUseRecoveryKey(true)}
      />
    );
  return (
    <RecoveryKeySheet
      recoveryKey={gate.recoveryKey}
      dataFile={gate.dataFile}
      madeOn={gate.madeOn}
      onPrint={print}
      onKept={() => onAnswer({ kind: 'recovery-key-kept' })}
      onLater={() => onAnswer({ kind: 'recovery-key-later' })}
    />
  );
}
