/** What a print view publishes once it has its data, or has failed to get it. */
export interface ReportOutcome {
  failed: boolean;
  /** The running header's words (JSON), set when the view is ready. */
  furniture: string | null;
  /** The view's own message when it failed, its whitespace collapsed. */
  message: string;
}

/**
 * Run inside the page (Playwright's page.evaluate, Electron's executeJavaScript): waits for the print
 * view to say it is ready or that it failed, then for its fonts, and resolves with what the view
 * published. A MutationObserver hears the attribute the moment React sets it, so nothing polls on a
 * timer (Playwright's own waiting polls at up to 500 ms between looks, which was most of a PDF's time).
 */
export const WAIT_FOR_REPORT = `new Promise((resolve) => {
  const check = () => {
    const main = document.querySelector('main[data-report-ready], main[data-report-failed]');
    if (!main) return false;
    const alert = document.querySelector('[role="alert"]');
    resolve({ failed: main.dataset.reportFailed === 'true', furniture: main.dataset.furniture ?? null,
      message: alert ? alert.innerText.replace(/\\s+/g, ' ').trim() : '' });
    return true;
  };
  if (!check()) {
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  }
}).then((result) => document.fonts.ready.then(() => result))`;
