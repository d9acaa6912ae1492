import path from 'node:path';
import type { PrintFurniture } from '../contract/reports';
import { parseReportPath, reportFileName } from '../contract/reports';
import { headerFooter, parseFurniture } from '../shell-shared/print/page-furniture';
import { WAIT_FOR_REPORT, type ReportOutcome } from '../shell-shared/print/wait-for-report';
import { writeFileAtomically } from '../shell-shared/print/write-atomically';

/** Only what Save as PDF needs of a hidden BrowserWindow, so the logic is tested in Node. */
export interface HiddenReportWindow {
  webContents: {
    loadURL(url: string): Promise<void>;
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: Record<string, unknown>): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface SavePdfDeps {
  /** A hidden window with the main window's preferences (preload, sandbox, context isolation). */
  openHiddenWindow(): HiddenReportWindow;
  /** The native save dialog; resolves with the chosen path, or null when cancelled. */
  askWhereToSave(defaultPath: string): Promise<string | null>;
  documentsFolder: string;
  /** Shows or clears progress (the taskbar's progress bar) while the PDF is made. */
  setBusy(busy: boolean): void;
  showError(message: string): void;
  now?: () => Date;
}

export function printToPdfOptions(furniture: PrintFurniture, now: Date): Record<string, unknown> {
  return {
    pageSize: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    ...headerFooter(furniture, now),
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/**
 * File → Save as PDF: renders the report the person is looking at in a hidden window, asks where to
 * save it (suggesting "Rowan House - quarterly review - Oct to Dec 2026.pdf") and writes it through a
 * temporary name, so a failure leaves no partial file. Returns the saved path, or null.
 */
export async function saveReportAsPdf(
  deps: SavePdfDeps,
  appIndexUrl: string,
  shownUrl: string,
): Promise<string | null> {
  const hash = new URL(shownUrl).hash.replace(/^#/, '');
  const route = parseReportPath(hash);
  if (!route) {
    deps.showError('Open a report first: go to Reports, choose a report, then choose File, Save as PDF.');
    return null;
  }
  const win = deps.openHiddenWindow();
  deps.setBusy(true);
  try {
    await win.webContents.loadURL(`${appIndexUrl}#${hash}`);
    const result = (await win.webContents.executeJavaScript(WAIT_FOR_REPORT)) as ReportOutcome;
    if (result.failed) throw new Error(result.message || 'The report could not be prepared.');
    const furniture = parseFurniture(result.furniture);
    deps.setBusy(false);
    const target = await deps.askWhereToSave(
      path.join(
        deps.documentsFolder,
        reportFileName(furniture.home, route.report, route.quarter, 'pdf', furniture.title, route),
      ),
    );
    if (!target) return null;
    deps.setBusy(true);
    const options = printToPdfOptions(furniture, deps.now?.() ?? new Date());
    await writeFileAtomically(target, () => win.webContents.printToPDF(options));
    return target;
  } catch (error) {
    deps.showError(
      `The PDF was not saved, and no part of it was written. ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  } finally {
    deps.setBusy(false);
    win.destroy();
  }
}
