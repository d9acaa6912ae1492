// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HallmarksBridge } from '@shared/api/bridge';
import { PrintToolbar } from './PrintToolbar';

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
  delete window.hallmarks;
});

/** The desktop app's bridge, with only what the toolbar uses. */
function desktop(savePdf: NonNullable<HallmarksBridge['savePdf']>) {
  window.hallmarks = { invoke: vi.fn(), onAppLocked: vi.fn(), savePdf };
}

describe("a report's toolbar", () => {
  it('in a browser offers Print only, and says where the print window saves a PDF', () => {
    render(<PrintToolbar ready />);
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save as PDF' })).toBeNull();
    expect(document.body.textContent).toContain('choose "Save as PDF" as the printer in the print window');
  });

  it('in the desktop app saves the PDF from its own button, after the warning that PDFs are not encrypted', async () => {
    const savePdf = vi.fn(() => Promise.resolve({ ok: true as const, value: null }));
    desktop(savePdf);
    render(<PrintToolbar ready />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(savePdf).not.toHaveBeenCalled();
    const warning = screen.getByRole('group', { name: 'This file is not encrypted' });
    fireEvent.click(warning.querySelector('button')!);
    expect(savePdf).toHaveBeenCalledTimes(1);
    // Warned once this session: the next save goes straight on.
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(savePdf).toHaveBeenCalledTimes(2);
    await Promise.resolve();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the warning names the button that goes on', () => {
    desktop(vi.fn(() => Promise.resolve({ ok: true as const, value: null })));
    render(<PrintToolbar ready />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    const warning = screen.getByRole('group', { name: 'This file is not encrypted' });
    expect(warning.querySelector('button')!.textContent).toBe('Save as PDF');
  });

  it('says why when the desktop app refuses to save, and waits for the report before either button works', async () => {
    sessionStorage.setItem('hallmarks.unencryptedFilesWarned', 'yes');
    const message = 'Reports cannot be saved while Hallmarks is locked. Nothing was saved.';
    desktop(
      vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'forbidden' as const, message } })),
    );
    const { rerender } = render(<PrintToolbar ready={false} />);
    expect((screen.getByRole('button', { name: 'Save as PDF' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Print' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<PrintToolbar ready />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });
});
