import { execFileSync } from 'node:child_process';
import { pdfWords, type PdfWord } from './report-layout';

/** The print stylesheet's @page margins: 20 mm above and below (the running header and footer sit there), 15 mm each side. */
const MM = 72 / 25.4;
const TOP_BOTTOM_PT = 20 * MM;
const SIDE_PT = 15 * MM;

/** Punctuation a word may carry on either side in the PDF's text and not in the view's, or the other way round. */
const EDGES = /^[\s"'“”‘’([{]+|[\s"'“”‘’)\]}.,;:!?…]+$/g;
const bare = (word: string) => word.replace(EDGES, '');

/** Every word of the view's text as the reader sees it (text-transform applied), bare of edge punctuation. */
export function viewWords(text: string): Set<string> {
  const words = text
    .split(/\s+/)
    .map(bare)
    .filter((w) => w.length > 0);
  // A line may break after a hyphen the word already has ("well-" then "being"): that is no broken word.
  const pieces = words.flatMap((w) => {
    const parts = w.split(/(?<=-)/);
    return parts.flatMap((_, i) =>
      Array.from({ length: parts.length - i }, (__, j) => bare(parts.slice(i, i + j + 1).join(''))),
    );
  });
  return new Set([...words, ...pieces]);
}

/** A page's words without the running header and footer, which Chromium draws in the margins. */
function bodyWords(file: string): { page: number; width: number; words: PdfWord[] }[] {
  const width = Number(
    /<page width="([\d.]+)"/.exec(
      execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }),
    )?.[1],
  );
  return pdfWords(file).map(({ height, words }, i) => ({
    page: i + 1,
    width,
    words: words.filter((w) => w.yMin > TOP_BOTTOM_PT - 2 && w.yMax < height - TOP_BOTTOM_PT + 2),
  }));
}

export interface LayoutProblems {
  /** Printed pieces that are no word of the report: a word broken across lines, or a column one letter wide. */
  brokenWords: string[];
  /** Words printed over other words (a badge over its evidence note). */
  overlaps: string[];
  /** Words beyond the right margin, so cut off or crowding the edge of the paper. */
  pastRightEdge: string[];
}

/** Section numbers come from CSS counters ("1. ") and are no part of the view's text. */
const GENERATED = /^\d+\.?$/;

/**
 * What a reader would see wrong on paper, read back from the PDF with each word's box: every printed word
 * must be a whole word of the view (a word split over two lines prints as two pieces that are not), no two
 * words' boxes may overlap, and nothing may cross the right margin.
 */
export function layoutProblems(file: string, shownText: string): LayoutProblems {
  const known = viewWords(shownText);
  const problems: LayoutProblems = { brokenWords: [], overlaps: [], pastRightEdge: [] };
  for (const { page, width, words } of bodyWords(file)) {
    for (const word of words) {
      const text = bare(word.text);
      if (text && !known.has(text) && !GENERATED.test(text))
        problems.brokenWords.push(`page ${page}: "${word.text}"`);
      // Two points' grace: a line filled to the margin ends a point or so past it in pdftotext's boxes.
      if (word.xMax > width - SIDE_PT + 2) problems.pastRightEdge.push(`page ${page}: "${word.text}"`);
    }
    problems.overlaps.push(
      ...overlapping(words).map(([a, b]) => `page ${page}: "${a.text}" over "${b.text}"`),
    );
  }
  return problems;
}

/** Pairs of words whose boxes overlap by more than a point across and half a line down. */
function overlapping(words: PdfWord[]): [PdfWord, PdfWord][] {
  const pairs: [PdfWord, PdfWord][] = [];
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.yMin < a.yMax; j++) {
      const b = sorted[j]!;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const lineHeight = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (across > 1 && down > lineHeight / 2) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Fonts the PDF uses but does not carry: on another computer they print in whatever font it has. */
export function fontsNotEmbedded(file: string): string[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((line) => line.trim().length > 0)
    .filter((line) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object ID: read "emb" from the right.
      const fields = line.trim().split(/\s+/);
      return fields.at(-5) !== 'yes';
    })
    .map((line) => line.trim().split(/\s+/)[0]!);
}
