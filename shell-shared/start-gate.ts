import type { StartGate, StartGateAnswer } from '../contract/start-gate';
import { todayIso } from '../contract/rules/dates';
import { keyFilePath, readKeyFile } from '../db/encryption/key-file';
import type { EncryptionOptions } from '../db/encryption/unlock';
import { StoreOpenError, type Store } from '../db/store';

/** The unlock heading the store's refusal starts with; the screen has it as its own heading. */
const HEADING = /^This computer cannot unlock the data: enter the recovery key\.\s*/;

export type GateStep = { store: Store; gate: StartGate | null } | { store: null; gate: StartGate };

/**
 * The desktop app's way into encrypted data, screen by screen (renderer/src/start-gate shows each
 * StartGate): opens the store with what the shell has (the OS key store, or nothing on Linux without
 * one), and asks the manager only for what is missing: a passphrase where there is no key store, the
 * recovery key where nothing else opens the data, and shows a new recovery key until it is kept.
 * Electron-free, so it is tested here; electron/ only carries the steps to the window.
 */
export function createStartGate(
  dataFile: string,
  open: (encryption: Pick<EncryptionOptions, 'passphrase' | 'recoveryKey'>) => Store,
  hasKeyStore: boolean,
  now: () => Date = () => new Date(),
) {
  let passphrase: string | null = null;
  let recoveryKey: string | null = null;
  let store: Store | null = null;

  const lockedByPassphrase = () => {
    const keys = readKeyFile(keyFilePath(dataFile));
    return keys.kind === 'ok' && keys.keys.passphrase !== undefined && keys.keys.os === undefined;
  };

  function opened(): GateStep {
    const gate: StartGate | null = store!.recoveryKeyToShow
      ? {
          kind: 'show-recovery-key',
          recoveryKey: store!.recoveryKeyToShow,
          dataFile,
          madeOn: todayIso(now()),
        }
      : null;
    return { store: store!, gate };
  }

  function attempt(problemFor: 'passphrase' | 'recovery-key' | null): GateStep {
    try {
      store = open({ passphrase, recoveryKey });
      return opened();
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      if (error.kind === 'needs-passphrase') {
        // No key store: a passphrase is chosen (the first start, or after the recovery key opened the data).
        const problem = passphrase === null ? null : error.message;
        passphrase = null;
        return { store: null, gate: { kind: 'passphrase', setUp: true, problem } };
      }
      if (error.kind !== 'locked') throw error;
      const reason = error.message.replace(HEADING, '');
      if (recoveryKey === null && !hasKeyStore && lockedByPassphrase())
        return {
          store: null,
          gate: {
            kind: 'passphrase',
            setUp: false,
            problem: problemFor === 'passphrase' ? 'That passphrase does not open the data.' : null,
          },
        };
      const problem = problemFor === 'recovery-key' ? reason : null;
      recoveryKey = null;
      return { store: null, gate: { kind: 'recovery-key', reason, problem } };
    }
  }

  return {
    start: (): GateStep => attempt(null),
    answer(answer: StartGateAnswer): GateStep {
      if (answer.kind === 'recovery-key-kept') {
        store?.recoveryKeyKept();
        return { store: store!, gate: null };
      }
      if (answer.kind === 'recovery-key-later') return { store: store!, gate: null };
      if (answer.kind === 'passphrase') passphrase = answer.passphrase;
      else recoveryKey = answer.recoveryKey;
      return attempt(answer.kind);
    },
  };
}

/** An answer from the window, checked: the renderer is trusted to send only these shapes, but not blindly. */
export function readAnswer(value: unknown): StartGateAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind } = value as { kind?: unknown };
  const text = (key: string) => {
    const field = (value as Record<string, unknown>)[key];
    return typeof field === 'string' && field.length <= 1000 ? field : null;
  };
  if (kind === 'recovery-key-kept' || kind === 'recovery-key-later') return { kind };
  if (kind === 'recovery-key') {
    const recoveryKey = text('recoveryKey');
    return recoveryKey === null ? null : { kind, recoveryKey };
  }
  if (kind === 'passphrase') {
    const passphrase = text('passphrase');
    return passphrase === null ? null : { kind, passphrase };
  }
  return null;
}
