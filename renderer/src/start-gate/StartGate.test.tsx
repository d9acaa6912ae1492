// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StartGate as Gate, StartGateAnswer } from '@contract/start-gate';
import { StartGate } from './StartGate';

afterEach(() => {
  document.body.innerHTML = '';
});

function type(label: string, text: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
}

describe('what the desktop app shows before the data is open', () => {
  it('asks for the recovery key when this computer cannot unlock the data, and sends what was typed', () => {
    const onAnswer = vi.fn<(answer: StartGateAnswer) => void>();
    render(
      <StartGate
        gate={{ kind: 'recovery-key', reason: 'Its key file is missing.', problem: null }}
        onAnswer={onAnswer}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This computer cannot unlock the data: enter the recovery key',
    );
    expect(document.body.textContent).toContain('Its key file is missing.');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Type the recovery key')).toBeTruthy();
    expect(onAnswer).not.toHaveBeenCalled();
    type('Recovery key', '7k3qm abcde');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'recovery-key', recoveryKey: '7k3qm abcde' });
  });

  it('shows the shell’s refusal beside the recovery key field', () => {
    render(
      <StartGate
        gate={{ kind: 'recovery-key', reason: 'r', problem: 'That recovery key does not open it.' }}
        onAnswer={() => {}}
      />,
    );
    const field = screen.getByLabelText('Recovery key');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(field.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent,
    ).toContain('That recovery key does not open it.');
  });

  it('has a passphrase chosen twice at set-up, at least 10 characters, never shown', () => {
    const onAnswer = vi.fn<(answer: StartGateAnswer) => void>();
    render(<StartGate gate={{ kind: 'passphrase', setUp: true, problem: null }} onAnswer={onAnswer} />);
    expect((screen.getByLabelText('Passphrase') as HTMLInputElement).type).toBe('password');
    type('Passphrase', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Use this passphrase' }));
    expect(screen.getByText('The passphrase must be at least 10 characters long')).toBeTruthy();
    type('Passphrase', 'correct horse battery');
    type('Type the passphrase again', 'correct horse batter');
    fireEvent.click(screen.getByRole('button', { name: 'Use this passphrase' }));
    expect(screen.getByText('The two passphrases are not the same')).toBeTruthy();
    expect(onAnswer).not.toHaveBeenCalled();
    type('Type the passphrase again', 'correct horse battery');
    fireEvent.click(screen.getByRole('button', { name: 'Use this passphrase' }));
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'passphrase', passphrase: 'correct horse battery' });
  });

  it('takes the passphrase at each start, or the recovery key when it is lost', () => {
    const onAnswer = vi.fn<(answer: StartGateAnswer) => void>();
    render(
      <StartGate
        gate={{ kind: 'passphrase', setUp: false, problem: 'The passphrase given does not open it.' }}
        onAnswer={onAnswer}
      />,
    );
    expect(screen.queryByLabelText('Type the passphrase again')).toBeNull();
    expect(document.body.textContent).toContain('The passphrase given does not open it.');
    fireEvent.click(screen.getByRole('button', { name: 'I have lost the passphrase: use the recovery key' }));
    type('Recovery key', 'AAAAA-BBBBB');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'recovery-key', recoveryKey: 'AAAAA-BBBBB' });
  });

  it('shows the recovery key as a page to print, and says when it is kept', () => {
    const onAnswer = vi.fn<(answer: StartGateAnswer) => void>();
    const print = vi.fn();
    const recoveryKey = '7K3QM-ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC';
    render(
      <StartGate
        gate={{
          kind: 'show-recovery-key',
          recoveryKey,
          dataFile: '/home/m/Hallmarks/hallmarks.sqlite',
          madeOn: '2026-12-07',
        }}
        onAnswer={onAnswer}
        print={print}
      />,
    );
    expect(screen.getByLabelText('Recovery key').textContent).toBe(recoveryKey);
    expect(document.body.textContent).toContain('Keep this with the home’s records');
    expect(document.body.textContent).toContain('Made on 7 December 2026.');
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'I have printed or written down the recovery key' }));
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'recovery-key-kept' });
  });

  it.each<[string, Gate]>([
    [
      'the recovery key entry',
      { kind: 'recovery-key', reason: 'Its key file is missing.', problem: 'Wrong.' },
    ],
    ['the passphrase set-up', { kind: 'passphrase', setUp: true, problem: 'Too short.' }],
    ['the passphrase', { kind: 'passphrase', setUp: false, problem: null }],
    [
      'the recovery key sheet',
      { kind: 'show-recovery-key', recoveryKey: 'A', dataFile: '/d', madeOn: '2026-12-07' },
    ],
  ])('%s has no serious accessibility problem (axe)', async (_name, gate) => {
    document.documentElement.lang = 'en-GB';
    render(<StartGate gate={gate} onAnswer={() => {}} />);
    const { violations } = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  });
});
