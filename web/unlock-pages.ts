/**
 * The two pages browser mode serves itself, before the app's own pages can run: the unlock page (the
 * data cannot be opened on this computer) and the recovery key page (shown at set-up, printable). Plain
 * HTML forms with no script, so they work before anything of the home is loaded.
 */
export const UNLOCK_STYLES = `
body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; margin: 0; color: #0b0c0c; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
label { display: block; font-weight: 700; margin: 1rem 0 0.25rem; }
input[type=text] { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; border: 2px solid #0b0c0c; }
button { font: inherit; margin-top: 1rem; padding: 0.5rem 1rem; border: 2px solid #0b0c0c; background: #00703c; color: #fff; cursor: pointer; }
button.secondary { background: #f3f2f1; color: #0b0c0c; }
:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
.error { color: #d4351c; font-weight: 700; }
.code { font-family: ui-monospace, monospace; font-size: 1.5rem; letter-spacing: 0.05em; word-break: break-all; border: 3px solid #0b0c0c; padding: 1rem; margin: 1rem 0; }
@media print { button, form, .no-print { display: none; } .code { font-size: 1.25rem; } }
`;

export const UNLOCK_PAGE_CSP =
  "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Hallmarks</title><link rel="stylesheet" href="/unlock.css"></head>
<body><main>${body}</main></body>
</html>`;
}

/** Shown instead of the app when nothing this start was given opens the data. */
export function unlockPage(message: string, sessionKey: string, error: string | null = null): string {
  const [heading, ...rest] = message.split(/(?<=\.) /);
  return page(
    'Unlock your data',
    `<h1>${escapeHtml(heading ?? message)}</h1>
<p>${escapeHtml(rest.join(' '))}</p>
<p>The recovery key was shown when Hallmarks was first set up, to print and keep with the home's records. It is eight groups of five letters and numbers.</p>
<form method="post" action="/unlock">
<input type="hidden" name="key" value="${escapeHtml(sessionKey)}">
<label for="recovery">Recovery key</label>
${error ? `<p class="error" id="recovery-error">${escapeHtml(error)}</p>` : ''}
<input type="text" id="recovery" name="recovery" autocomplete="off" spellcheck="false" autocapitalize="characters"${error ? ' aria-describedby="recovery-error" aria-invalid="true"' : ''}>
<button type="submit">Unlock</button>
</form>
<p>After you unlock, the passphrase this start was given opens the data on this computer from then on.</p>
<p>Nothing has been changed or deleted. Without the recovery key the data cannot be opened.</p>`,
  );
}

/** The recovery key, once, as a one-page sheet to print and keep with the home's records. */
export function recoveryKeyPage(recoveryKey: string, dataFile: string, sessionKey: string): string {
  return page(
    'Your recovery key',
    `<h1>Hallmarks recovery key</h1>
<p><strong>Keep this with the home's records</strong>, somewhere locked, away from this computer.</p>
<p class="code" aria-label="Recovery key">${escapeHtml(recoveryKey)}</p>
<p>Hallmarks encrypts its data on this computer. This key opens it on another computer, or on this one if its key store or passphrase stops working. Nobody else has a copy: without it, and without this computer's own way in, the data cannot be opened by anyone.</p>
<p>Data file: ${escapeHtml(dataFile)}</p>
<p class="no-print">Print this page (Ctrl+P), or write the key down exactly, before you carry on. It will not be shown again.</p>
<form method="post" action="/recovery-key/kept">
<input type="hidden" name="key" value="${escapeHtml(sessionKey)}">
<button type="submit">I have printed or written down the recovery key</button>
</form>`,
  );
}
