import { execFileSync } from 'node:child_process';

/** One printed line of a PDF page: its words, left to right, with their boxes in points. */
export interface PdfLine {
  page: number;
  y: number;
  words: PdfWord[];
  text: string;
}

/** The page margins of the print stylesheet's @page rule (20 mm above and below); the furniture sits in them. */
const MARGIN_PT = (20 / 25.4) * 72;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const unescape = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ENTITIES[name]!);

/** A word of a PDF page and its box, in points from the page's top left. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of every page, with its box and the page's height, read with `pdftotext -bbox`. */
export function pdfWords(file: string): { height: number; words: PdfWord[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((pageHtml, i) => ({
      height: Number(/height="([\d.]+)"/.exec(pageHtml)?.[1]),
      words: [
        ...pageHtml.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g,
        ),
      ].map((m) => ({
        page: i + 1,
        xMin: +m[1]!,
        yMin: +m[2]!,
        xMax: +m[3]!,
        yMax: +m[4]!,
        text: unescape(m[5]!),
      })),
    }));
}

/**
 * The body lines of every page (without the running header and footer), top to bottom: words whose
 * tops are within a point of each other are one line.
 */
export function pdfBodyLines(file: string): PdfLine[][] {
  return pdfWords(file).map(({ height, words }, page) => {
    const body = words
      .filter((w) => w.yMin > MARGIN_PT - 2 && w.yMax < height - MARGIN_PT + 2)
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const lines: PdfLine[] = [];
    for (const word of body) {
      const line = lines.at(-1);
      if (line && Math.abs(line.y - word.yMin) < 1) line.words.push(word);
      else lines.push({ page: page + 1, y: word.yMin, words: [word], text: '' });
    }
    for (const line of lines) {
      line.words.sort((a, b) => a.xMin - b.xMin);
      line.text = line.words.map((w) => w.text).join(' ');
    }
    return lines;
  });
}

/**
 * How many pixels of a word's box, rendered at 100 dpi, are clearly coloured (not black, white or
 * grey): an emoji drawn from a colour emoji font has many; the empty box drawn without one has none.
 */
export function colouredPixels(file: string, word: PdfWord): number {
  const dpi = 100;
  const px = (pt: number) => Math.round((pt / 72) * dpi);
  const ppm = execFileSync('pdftoppm', [
    ...['-r', String(dpi), '-f', String(word.page), '-l', String(word.page)],
    ...['-x', String(px(word.xMin)), '-y', String(px(word.yMin))],
    ...['-W', String(px(word.xMax - word.xMin)), '-H', String(px(word.yMax - word.yMin)), file],
  ]);
  // Binary PPM: "P6", width, height, maximum value, then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM image');
  let coloured = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    const [r, g, b] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
  }
  return coloured;
}

/** Whether a line is a table's header row with exactly these column headings. */
export const isHeaderRow = (line: PdfLine, headings: string[]) => line.text === headings.join(' ');

/**
 * Every word printed in a table's cells that runs into the next column: for each header row with these
 * headings, the lines below it up to the next line that starts at the table's left edge (a caption,
 * heading or paragraph; cells are inset by their padding) or the page's end.
 */
export function wordsIntoNextColumn(pages: PdfLine[][], headings: string[]): string[] {
  const problems: string[] = [];
  for (const lines of pages) {
    lines.forEach((header, i) => {
      if (!isHeaderRow(header, headings)) return;
      const starts = header.words.map((w) => w.xMin);
      const tableEdge = starts[0]! - 2;
      for (const line of lines.slice(i + 1)) {
        if (line.words[0]!.xMin < tableEdge || isHeaderRow(line, headings)) break;
        for (const word of line.words) {
          const column = starts.findLastIndex((x) => word.xMin >= x - 0.5);
          const next = starts[column + 1];
          if (next !== undefined && word.xMax > next - 1) {
            problems.push(
              `page ${line.page}: "${word.text}" (${headings[column]}) runs into ${headings[column + 1]}`,
            );
          }
        }
      }
    });
  }
  return problems;
}

/**
 * Every table caption or header row left at the foot of a page without the table's first row under it.
 * `captions` are the tables' captions as the view shows them (one line each in these reports).
 */
export function strandedTableStarts(pages: PdfLine[][], captions: string[], headings: string[]): string[] {
  const problems: string[] = [];
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const header = isHeaderRow(line, headings);
      const caption = captions.includes(line.text);
      if (!header && !caption) return;
      const after = lines.slice(i + 1, i + (caption ? 3 : 2));
      const rowFollows = caption
        ? after.length === 2 && isHeaderRow(after[0]!, headings)
        : after.length === 1 && !isHeaderRow(after[0]!, headings);
      if (!rowFollows)
        problems.push(`page ${line.page}: "${line.text}" is not followed by the table's first row`);
    });
  }
  return problems;
}
