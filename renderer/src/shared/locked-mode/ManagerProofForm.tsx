import { useEffect, useState, type FormEvent } from 'react';
import type { InputOf } from '@contract/operations';
import { FormProblem } from '@shared/actions/FormBits';
import { useFormProblems } from '@shared/hooks/useFormProblems';
import { handler } from '@shared/lib/background';
import { TextField } from '@shared/ui/TextField';
import { PinField } from './PinField';

/** The ways the manager proves it is them; the contract's field names (locked-mode.ts, exitLockInput). */
export type ProofWay = 'pin' | 'password' | 'recoveryKey';
export type Proof = InputOf<'lock.exit'>;

const NAMES: Record<ProofWay, { label: string; empty: string; switchTo: string }> = {
  pin: { label: 'Manager’s PIN', empty: 'Enter the manager’s PIN', switchTo: 'Use the PIN instead' },
  password: {
    label: 'Manager’s password',
    empty: 'Enter the manager’s password',
    switchTo: 'Use the password instead',
  },
  recoveryKey: {
    label: 'Recovery key',
    empty: 'Enter the recovery key',
    switchTo: 'Use the recovery key',
  },
};

interface Props {
  /** Field ids are `${idPrefix}-pin` and so on, where problems are shown and the focus goes. */
  idPrefix: string;
  heading: string;
  /** Said under the heading. */
  intro?: string;
  /** The ways offered, the first shown first. */
  ways: readonly ProofWay[];
  submit: (proof: Proof) => Promise<unknown>;
  pending: boolean;
  onCancel?: () => void;
}

/**
 * The manager types their PIN, password or the recovery key to unlock; a wrong one says so beside the
 * field, which is emptied and takes the focus to try again. After too many wrong PINs only the password
 * or the recovery key unlocks, so the form offers the other ways in.
 */
export function ManagerProofForm(props: Props) {
  const {
    idPrefix,
    heading,
    intro = 'Only the manager can do this.',
    ways,
    submit,
    pending,
    onCancel,
  } = props;
  const [way, setWay] = useState<ProofWay>(ways[0] ?? 'pin');
  const [typed, setTyped] = useState('');
  const form = useFormProblems(idPrefix);
  const headingId = `${idPrefix}-heading`;
  useEffect(() => document.getElementById(`${idPrefix}-${way}`)?.focus(), [idPrefix, way]);

  function switchTo(next: ProofWay) {
    setWay(next);
    setTyped('');
    form.clear();
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!typed) return form.show({ [way]: NAMES[way].empty });
    try {
      await submit({ [way]: typed } as Proof);
    } catch (failure) {
      setTyped('');
      form.failWith(failure);
    }
  }

  const id = `${idPrefix}-${way}`;
  return (
    <form className="form" noValidate onSubmit={handler(send)} aria-labelledby={headingId}>
      <h1 className="heading-xl" id={headingId} tabIndex={-1}>
        {heading}
      </h1>
      <p>{intro}</p>
      <FormProblem message={form.general} />
      {way === 'recoveryKey' ? (
        <TextField
          id={id}
          label={NAMES[way].label}
          hint="Eight groups of five letters and numbers, from the sheet kept with the home’s records."
          value={typed}
          onChange={setTyped}
          error={form.errors[way]}
          autoComplete="off"
          spellCheck={false}
        />
      ) : (
        <PinField
          id={id}
          kind={way === 'pin' ? 'pin' : 'password'}
          label={NAMES[way].label}
          value={typed}
          onChange={setTyped}
          error={form.errors[way]}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          Unlock
        </button>
        {ways
          .filter((other) => other !== way)
          .map((other) => (
            <button
              key={other}
              type="button"
              className="button button--secondary"
              onClick={() => switchTo(other)}
            >
              {NAMES[other].switchTo}
            </button>
          ))}
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
