// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffCheckStatus } from '@contract/staff-checks';
import { ApiError } from '@shared/api/ApiError';
import { StaffChecksSection } from './StaffChecksSection';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@shared/api/client', () => ({ invoke }));
vi.mock('wouter', () => ({ Link: ({ children }: { children: unknown }) => children }));

afterEach(() => {
  invoke.mockReset();
  cleanup();
});

const sam: StaffCheckStatus = {
  staffId: 7,
  name: 'Sam <b>Patel</b>',
  role: '',
  supervision: { lastOn: '2026-10-01', dueOn: '2026-11-01', state: 'late' },
  dbs: { lastOn: null, dueOn: null, state: 'not-recorded' },
};

function Calendar({ onSaved }: { onSaved: (m: string) => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <StaffChecksSection
      homeId={1}
      checks={[sam]}
      editing={editing}
      onEdit={setEditing}
      onSaved={(m) => {
        setEditing(null);
        onSaved(m);
      }}
    />
  );
}

function show() {
  const onSaved = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Calendar onSaved={onSaved} />
    </QueryClientProvider>,
  );
  return onSaved;
}
const typeIn = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('supervision and DBS checks beside appraisals', () => {
  it('shows each as text, with where the next one stands in words', () => {
    show();
    const row = screen.getByRole('row', { name: /Sam <b>Patel<\/b>/ });
    expect(row.textContent).toContain('Last: 1 October 2026');
    expect(row.textContent).toContain('Late Next due 1 November 2026');
    expect(row.textContent).toContain('None recorded');
    expect(document.querySelector('b')).toBeNull();
  });

  it('records a DBS check from its own form, focused on its first date', async () => {
    const onSaved = show();
    invoke.mockResolvedValue({ duties: [], qualifications: [], appraisals: [], staffChecks: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Record DBS check for Sam <b>Patel</b>' }));
    const last = screen.getByLabelText('Date last checked');
    expect(document.activeElement).toBe(last);
    typeIn('Date last checked', '05/01/2026');
    typeIn('Next check due', '05/01/2027');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(invoke).toHaveBeenCalledWith('staffChecks.record', {
      homeId: 1,
      staffId: 7,
      kind: 'dbs',
      doneOn: '2026-01-05',
      nextDueOn: '2027-01-05',
    });
    expect(onSaved).toHaveBeenCalledWith('Saved: Sam <b>Patel</b>’s DBS update service check.');
  });

  it("puts the app's refusal beside the date it is about", async () => {
    show();
    invoke.mockRejectedValue(
      new ApiError({
        code: 'invalid_input',
        message: 'Enter a date for the next supervision after the last one',
        fields: { nextDueOn: 'Enter a date for the next supervision after the last one' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Record supervision for Sam <b>Patel</b>' }));
    typeIn('Date of their last supervision', '01/11/2026');
    typeIn('Next supervision due', '01/10/2026');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    });
    const due = screen.getByLabelText('Next supervision due');
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(due.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent,
    ).toMatch(/Enter a date for the next supervision after the last one/);
  });
});
