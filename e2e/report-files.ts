import { execFileSync } from 'node:child_process';
import path from 'node:path';

const REPORT_CLI = path.join(__dirname, '..', 'dist', 'web', 'report-cli.cjs');

/** Runs `npm run report`'s program (already built) and returns its exit code and output. */
export function runReportCli(args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [REPORT_CLI, ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

export const pdfText = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
/** The text in the order the page drew it (`-raw`): a table cell's lines together, not interleaved with its row's. */
export const pdfRawText = (file: string): string =>
  execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export const pdfTagged = (file: string): boolean =>
  /^Tagged:\s+yes/m.test(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));

/** Page 1 as a PNG beside the PDF, for a person to look at. */
export function firstPagePng(file: string): string {
  const prefix = file.replace(/\.pdf$/, '-page');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  return `${prefix}.png`;
}

/** The right-hand edge of the rightmost word on any page, and the page width, in points. */
export function rightmostWord(file: string): { xMax: number; pageWidth: number } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
  const xMax = Math.max(...[...html.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
  return { xMax, pageWidth };
}
