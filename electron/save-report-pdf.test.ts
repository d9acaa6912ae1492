import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempFolder } from '../db/test-support/temp-folder';
import { saveReportAsPdf, type HiddenReportWindow, type SavePdfDeps } from './save-report-pdf';

const makeFolder = useTempFolder();
const APP = 'app://hallmarks/index.html';
const SHOWN = `${APP}#/print/quarterly-review/1/2026-Q4`;
const FURNITURE = JSON.stringify({
  home: 'Rowan House',
  urn: 'SC123456',
  title: 'Quarterly review report',
  period: 'Oct to Dec 2026',
});

function setUp(
  options: { failed?: boolean; printFails?: boolean; cancel?: boolean; furniture?: string } = {},
) {
  const folder = makeFolder();
  const window: HiddenReportWindow = {
    webContents: {
      loadURL: vi.fn(() => Promise.resolve()),
      executeJavaScript: vi.fn(() =>
        Promise.resolve(
          options.failed
            ? { failed: true, furniture: null, message: 'There is no completed review for Oct to Dec 2026.' }
            : { failed: false, furniture: options.furniture ?? FURNITURE, message: '' },
        ),
      ),
      printToPDF: vi.fn(() =>
        options.printFails
          ? Promise.reject(new Error('Printing failed'))
          : Promise.resolve(Buffer.from('%PDF-1.7 report')),
      ),
    },
    destroy: vi.fn(),
  };
  const deps: SavePdfDeps = {
    openHiddenWindow: () => window,
    askWhereToSave: vi.fn((suggested: string) =>
      Promise.resolve(options.cancel ? null : path.join(folder, path.basename(suggested))),
    ),
    documentsFolder: '/home/manager/Documents',
    setBusy: vi.fn(),
    showError: vi.fn(),
    now: () => new Date('2026-11-28T10:00:00Z'),
  };
  return { folder, window, deps };
}

describe('File → Save as PDF', () => {
  it('renders the report on screen in a hidden window, suggests a sensible name and saves a tagged A4 PDF', async () => {
    const { folder, window, deps } = setUp();
    const saved = await saveReportAsPdf(deps, APP, SHOWN);
    expect(deps.askWhereToSave).toHaveBeenCalledWith(
      '/home/manager/Documents/Rowan House - quarterly review - Oct to Dec 2026.pdf',
    );
    expect(window.webContents.loadURL).toHaveBeenCalledWith(SHOWN);
    const options = vi.mocked(window.webContents.printToPDF).mock.calls[0]![0];
    expect(options).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, generateTaggedPDF: true });
    expect(options.headerTemplate).toContain('Rowan House · URN SC123456');
    expect(saved).toBe(path.join(folder, 'Rowan House - quarterly review - Oct to Dec 2026.pdf'));
    expect(readFileSync(saved!, 'utf8')).toBe('%PDF-1.7 report');
    expect(window.destroy).toHaveBeenCalled();
    expect(vi.mocked(deps.setBusy).mock.calls.at(-1)).toEqual([false]);
  });

  it('suggests "Reg 45 review", not "draft", for a signed Reg 45 draft (its print view says so)', async () => {
    const furniture = (title: string) =>
      JSON.stringify({ home: 'Rowan House', urn: null, title, period: 'Jul to Dec 2026' });
    const reg45 = `${APP}#/print/reg45-draft/1/2026-Q4`;
    const signed = setUp({ furniture: furniture('Reg 45 review') });
    await saveReportAsPdf(signed.deps, APP, reg45);
    expect(signed.deps.askWhereToSave).toHaveBeenCalledWith(
      '/home/manager/Documents/Rowan House - Reg 45 review - Oct to Dec 2026.pdf',
    );
    const draft = setUp({ furniture: furniture('Reg 45 review draft') });
    await saveReportAsPdf(draft.deps, APP, reg45);
    expect(draft.deps.askWhereToSave).toHaveBeenCalledWith(
      '/home/manager/Documents/Rowan House - Reg 45 review draft - Oct to Dec 2026.pdf',
    );
  });

  it('names a Reg 45 draft for a period of months by its months, and loads that route', async () => {
    const months = `${APP}#/print/reg45-draft/1/2026-02..2026-07`;
    const furniture = JSON.stringify({
      home: 'Rowan House',
      urn: null,
      title: 'Reg 45 review',
      period: 'February to July 2026 (1 February 2026 to 31 July 2026)',
    });
    const { window, deps } = setUp({ furniture });
    await saveReportAsPdf(deps, APP, months);
    expect(window.webContents.loadURL).toHaveBeenCalledWith(months);
    expect(deps.askWhereToSave).toHaveBeenCalledWith(
      '/home/manager/Documents/Rowan House - Reg 45 review - Feb to Jul 2026.pdf',
    );
  });

  it('says so, and writes nothing, when the print fails or the view cannot prepare the report', async () => {
    const printing = setUp({ printFails: true });
    expect(await saveReportAsPdf(printing.deps, APP, SHOWN)).toBeNull();
    expect(printing.deps.showError).toHaveBeenCalledWith(expect.stringContaining('The PDF was not saved'));
    expect(readdirSync(printing.folder)).toEqual([]);

    const preparing = setUp({ failed: true });
    expect(await saveReportAsPdf(preparing.deps, APP, SHOWN)).toBeNull();
    expect(preparing.deps.showError).toHaveBeenCalledWith(expect.stringContaining('no completed review'));
    expect(preparing.deps.askWhereToSave).not.toHaveBeenCalled();
    expect(preparing.window.destroy).toHaveBeenCalled();
  });

  it('does nothing when the save is cancelled, and explains when no report is on screen', async () => {
    const cancelled = setUp({ cancel: true });
    expect(await saveReportAsPdf(cancelled.deps, APP, SHOWN)).toBeNull();
    expect(cancelled.window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(cancelled.deps.showError).not.toHaveBeenCalled();

    const elsewhere = setUp();
    expect(await saveReportAsPdf(elsewhere.deps, APP, `${APP}#/reviews`)).toBeNull();
    expect(elsewhere.deps.showError).toHaveBeenCalledWith(expect.stringContaining('Open a report first'));
  });
});
