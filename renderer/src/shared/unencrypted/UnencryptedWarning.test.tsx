// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnencryptedWarning } from './UnencryptedWarning';
import { useUnencryptedWarning } from './unencryptedWarning';

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
});

function Downloads({ save }: { save: () => void }) {
  const warning = useUnencryptedWarning();
  return (
    <>
      <button type="button" onClick={() => warning.run(save)}>
        Download
      </button>
      {warning.showing && (
        <UnencryptedWarning
          goOn="Download the spreadsheet"
          onConfirm={warning.confirm}
          onCancel={warning.cancel}
        />
      )}
    </>
  );
}

describe('the warning before an unencrypted spreadsheet or PDF', () => {
  it('shows once a session: the first download waits for the choice, later ones go straight through', () => {
    const save = vi.fn();
    const first = render(<Downloads save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'This file is not encrypted' }).textContent).toContain(
      'hold information about children and staff',
    );
    expect(document.activeElement?.textContent).toBe('This file is not encrypted');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(save).not.toHaveBeenCalled();
    // Cancelled, it has not been accepted: the next try warns again.
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download the spreadsheet' }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group')).toBeNull();
    first.unmount();

    // Another screen in the same session (a PDF, another report) is not warned again.
    render(<Downloads save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(save).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
