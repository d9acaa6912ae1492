/**
 * What the desktop shell asks before the data is open (shell-shared/start-gate.ts decides it; the
 * renderer's start-gate screens show it). Nothing of any home is in it: the data is not open yet.
 */
export type StartGate =
  /** The key store or passphrase does not open the data: the manager types the recovery key. */
  | { kind: 'recovery-key'; reason: string; problem: string | null }
  /**
   * No key store the app can use (Linux without one): a passphrase protects the data key instead.
   * `setUp` is true the first time, when it is chosen (typed twice).
   */
  | { kind: 'passphrase'; setUp: boolean; problem: string | null }
  /** The recovery key made at set-up, shown once on a page to print or save as a PDF. */
  | { kind: 'show-recovery-key'; recoveryKey: string; dataFile: string; madeOn: string };

export type StartGateAnswer =
  | { kind: 'recovery-key'; recoveryKey: string }
  | { kind: 'passphrase'; passphrase: string }
  /** The manager has printed or written down the recovery key. */
  | { kind: 'recovery-key-kept' }
  /** Not yet kept: shown again at the next start. */
  | { kind: 'recovery-key-later' };

export const MIN_PASSPHRASE_CHARS = 10;
