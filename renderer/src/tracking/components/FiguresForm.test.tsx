// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Home } from '@contract/home';
import type { AppInfo } from '@contract/operations';
import { ApiError } from '@shared/api/ApiError';
import { CurrentHomeContext } from '@shared/currentHomeContext';
import { FiguresForm } from './FiguresForm';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@shared/api/client', () => ({ invoke }));

afterEach(() => {
  invoke.mockReset();
  document.body.innerHTML = '';
});

const home = { id: 1, name: 'Oak Lodge', places: 4 } as Home;
const WARNING =
  'Jan to Mar 2026 ended with 4 children, but this quarter starts with 3. Check the figures, or save anyway';

function showForm(otherQuarters = [{ quarter: '2026-Q1', values: {} }]) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <CurrentHomeContext.Provider value={{ home, homes: [home], info: {} as AppInfo }}>
        <FiguresForm
          homeId={1}
          quarter="2026-Q2"
          stored={undefined}
          storedStatus={null}
          otherQuarters={otherQuarters}
        />
      </CurrentHomeContext.Provider>
    </QueryClientProvider>,
  );
}
const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(box(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save figures for Apr to Jun 2026' }));

describe('the figures form and the checks across quarters', () => {
  it("warns before saving when this quarter's start is not last quarter's end", async () => {
    showForm([{ quarter: '2026-Q1', values: { childrenAtEnd: 4 } }]);
    type('Children living in the home at the start of the quarter', '3');
    save();
    expect((await screen.findByRole('heading', { name: 'Check this figure' })).textContent).toBeTruthy();
    expect(screen.getByRole('link', { name: WARNING })).toBeDefined();
    expect(invoke).not.toHaveBeenCalled();
  });

  it("shows the app's warnings in place of errors put right, when only the app knew the other quarter", async () => {
    showForm();
    type('Complaints received', '2');
    type('Of those received, complaints resolved within the timescale in your complaints procedure', '3');
    save();
    expect((await screen.findByRole('alert')).textContent).toMatch(/Complaints resolved in time must be 2/);

    invoke.mockRejectedValue(
      new ApiError({
        code: 'invalid_input',
        message: 'One figure looks unlikely. Check it, or save anyway.',
        warnings: { childrenAtStart: WARNING },
      }),
    );
    type('Of those received, complaints resolved within the timescale in your complaints procedure', '1');
    type('Children living in the home at the start of the quarter', '3');
    save();
    expect(await screen.findByRole('link', { name: WARNING })).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(invoke).toHaveBeenCalledWith('metrics.save', expect.objectContaining({ saveAnyway: false }));
  });
});
