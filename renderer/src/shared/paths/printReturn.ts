/**
 * Where a print view's "Back" goes when it was opened from somewhere other than Reports (the team
 * meeting prints its agenda): kept for this window's session, keyed by the print route, and forgotten
 * once used, so the same report opened from Reports later goes back to Reports.
 */
const KEY = 'hallmarks.printReturn';

interface PrintReturn {
  print: string;
  back: string;
  label: string;
}

export function rememberPrintReturn(entry: PrintReturn): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(entry));
  } catch {
    // Storage refused (private mode, full): Back goes to Reports, as before.
  }
}

/** The way back for this print route, or Reports. */
export function printReturnFor(print: string): { back: string; label: string; remembered: boolean } {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as PrintReturn | null;
    if (saved?.print === print) return { back: saved.back, label: saved.label, remembered: true };
  } catch {
    // Unreadable: fall back to Reports.
  }
  return { back: '/reports', label: 'Back to reports', remembered: false };
}

export function forgetPrintReturn(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
