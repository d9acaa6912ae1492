import type { PrintFurniture } from '../../contract/reports';

/**
 * Chromium's running header and footer for a report PDF (Playwright's page.pdf and Electron's
 * printToPDF take the same templates). The templates are HTML, so everything typed by a person is
 * escaped; pageNumber and totalPages are filled in by Chromium on each page.
 */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const STYLE =
  'font-family: sans-serif; font-size: 8pt; color: #222; width: 100%; margin: 0 15mm; ' +
  'display: flex; justify-content: space-between; gap: 6mm;';

const PRINTED = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

export interface HeaderFooter {
  headerTemplate: string;
  footerTemplate: string;
}

export function headerFooter(furniture: PrintFurniture, now = new Date()): HeaderFooter {
  const home = escapeHtml(furniture.home + (furniture.urn ? ` · URN ${furniture.urn}` : ''));
  const what = escapeHtml(`${furniture.title} · ${furniture.period}`);
  return {
    headerTemplate: `<div style="${STYLE}"><span>${home}</span><span>${what}</span></div>`,
    footerTemplate:
      `<div style="${STYLE}"><span>Confidential: children's information · Printed ${PRINTED.format(now)}</span>` +
      '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
  };
}

/** Reads what the print view published in data-furniture, refusing anything of the wrong shape. */
export function parseFurniture(json: string | null): PrintFurniture {
  const value = JSON.parse(json ?? 'null') as Partial<PrintFurniture> | null;
  if (
    !value ||
    typeof value.home !== 'string' ||
    typeof value.title !== 'string' ||
    typeof value.period !== 'string' ||
    (value.urn !== null && typeof value.urn !== 'string')
  ) {
    throw new Error('The report did not say which home and period it is for.');
  }
  return { home: value.home, urn: value.urn, title: value.title, period: value.period };
}
